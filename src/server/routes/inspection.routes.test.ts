import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { Role } from '../../domain/roles.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

/** 双随机、一公开 over HTTP: plan, draw, record, publish, the public portal, and the .xlsx exports. */
describeOnEachEngine('双随机、一公开 over HTTP', (current) => {
  let fixture: ServerFixture;
  const sessions = new Map<Role, string>();
  before(async () => {
    fixture = await createServerFixture(current());
    for (const role of ['admin', 'department_operator', 'inspector', 'enterprise'] as const)
      sessions.set(role, await fixture.logIn(role));
  });
  after(async () => {
    await fixture?.close();
  });
  const call = (role: Role | 'anonymous', method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.injectAs(role, { method, url, payload }, role === 'anonymous' ? undefined : sessions.get(role));
  const inspector = () => fixture.accounts.find((account) => account.role === 'inspector')!.username;
  async function readSheet(body: Buffer): Promise<unknown[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as never);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  }

  test('a department plans with a published seed, draws, the inspector records a result, and the published result reaches the public portal and the records', async () => {
    // The fixture's enterprises are not evaluated: they are supervised as the unrated class (B), whose ratio is at most 20%.
    const refused = await call('department_operator', 'POST', '/api/inspection-plans', {
      title: '越界比例',
      ratios: { B: 0.5 },
      inspectors: [inspector()],
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.json().error.message, /ratios\.B.*超出允许区间 0\.05–0\.2/);

    const understaffed = await call('department_operator', 'POST', '/api/inspection-plans', {
      title: '人手不足',
      ratios: { B: 0.2 },
      inspectors: [inspector()],
      inspectorsPerVisit: 2,
    });
    assert.equal(
      understaffed.statusCode,
      400,
      'a plan asking 2 inspectors per visit from a pool of 1 is refused before the draw',
    );
    assert.equal(
      understaffed.json().error.message,
      '每户需要 2 名检查人员，检查人员名录只有 1 人：请在名录中增加检查人员，或减少每户检查人员数',
    );

    const created = await call('department_operator', 'POST', '/api/inspection-plans', {
      title: '2026年第4期',
      seed: '公开种子-42',
      ratios: { B: 0.2 },
      inspectors: [inspector()],
      inspectorsPerVisit: 1,
    });
    assert.equal(created.statusCode, 201, created.body);
    const plan = created.json();
    assert.equal(plan.departmentCode, 'scjg');
    assert.equal(plan.seed, '公开种子-42');
    assert.equal(plan.createdByName, '区市场监管局报送员（演示）', 'the plan names its creator, not the account');
    assert.deepEqual(plan.inspectorNames, ['检查人员（演示）']);
    const drawn = await call('department_operator', 'POST', `/api/inspection-plans/${plan.id}/draw`);
    assert.equal(drawn.statusCode, 200, drawn.body);
    // Two unrated enterprises × 20% = 0.4, which rounds to none: the rounding rule is the published one.
    assert.equal(drawn.json().visits.length, 0);
    assert.deepEqual(drawn.json().drawInputs.classes.B, {
      ratio: 0.2,
      candidates: [fixture.enterpriseA, fixture.enterpriseB].sort(),
    });
    assert.equal(
      (await call('department_operator', 'POST', `/api/inspection-plans/${plan.id}/draw`)).statusCode,
      409,
      'a plan is drawn once',
    );

    // A visit the draw would make with more candidates, written directly so the rest of the flow runs on two firms.
    const db = current().db;
    const enterprise = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseA)
      .executeTakeFirstOrThrow();
    const visit = await db
      .insertInto('inspection_visits')
      .values({ plan_id: plan.id, enterprise_id: enterprise.id, risk_class: 'B', inspectors: [inspector()] })
      .returning('id')
      .executeTakeFirstOrThrow();
    const mine = (await call('inspector', 'GET', '/api/inspection-visits')).json();
    assert.deepEqual(
      mine.items.map((item: { id: number }) => item.id),
      [Number(visit.id)],
    );
    assert.deepEqual(mine.items[0].inspectorNames, ['检查人员（演示）'], 'the visit names its inspectors');
    const recorded = await call('inspector', 'POST', `/api/inspection-visits/${visit.id}/result`, {
      outcome: '发现问题已责令改正',
      findings: '未按规定公示年报信息',
      inspectedOn: '2026-11-05',
    });
    assert.equal(recorded.statusCode, 204, recorded.body);

    assert.deepEqual(
      (await call('anonymous', 'GET', '/api/public/inspection-results')).json().items,
      [],
      'nothing is public before publication',
    );
    const published = await call('department_operator', 'POST', `/api/inspection-plans/${plan.id}/publish`);
    assert.equal(published.statusCode, 200, published.body);
    assert.equal(published.json().published, 1);
    const portal = (await call('anonymous', 'GET', '/api/public/inspection-results')).json();
    assert.deepEqual(portal.items, [
      {
        planTitle: '2026年第4期',
        departmentCode: 'scjg',
        uscc: fixture.enterpriseA,
        name: '鄂州甲科技有限公司',
        outcome: '发现问题已责令改正',
        inspectedOn: '2026-11-05',
        inspectionType: '双随机',
      },
    ]);
    const records = (
      await call('enterprise', 'GET', `/api/enterprises/${fixture.enterpriseA}/records?kind=random_inspection`)
    ).json();
    assert.equal(records.total, 1, 'the published result is in the enterprise’s own credit record');

    const publicXlsx = await call('anonymous', 'GET', '/api/public/inspection-results.xlsx');
    assert.equal(publicXlsx.statusCode, 200);
    assert.match(String(publicXlsx.headers['content-type']), /spreadsheetml/);
    const rows = await readSheet(publicXlsx.rawPayload);
    assert.deepEqual(rows[0], ['抽查计划', '实施部门', '统一社会信用代码', '企业名称', '检查结果', '检查日期']);
    assert.deepEqual(rows[1]!.slice(2, 5), [fixture.enterpriseA, '鄂州甲科技有限公司', '发现问题已责令改正']);
    const planXlsx = await readSheet(
      (await call('department_operator', 'GET', `/api/inspection-plans/${plan.id}/visits.xlsx`)).rawPayload,
    );
    assert.equal(planXlsx.length, 2);
  });

  test('plans of two departments merge into one joint visit per enterprise, exported to .xlsx', async () => {
    const planOf = async (departmentCode: string) =>
      (
        await call('admin', 'POST', '/api/inspection-plans', {
          departmentCode,
          title: `联合 ${departmentCode}`,
          inspectors: [inspector()],
          inspectorsPerVisit: 1,
        })
      ).json().id as number;
    const ids = [await planOf('scjg'), await planOf('yjgl')];
    const db = current().db;
    const enterprises = await db.selectFrom('enterprises').select('id').execute();
    for (const id of ids) {
      await call('admin', 'POST', `/api/inspection-plans/${id}/draw`);
      // Both plans visit both enterprises (written directly: two unrated firms are too few to draw any).
      await db
        .insertInto('inspection_visits')
        .values(
          enterprises.map((row) => ({
            plan_id: id,
            enterprise_id: row.id,
            risk_class: 'B',
            inspectors: [inspector()],
          })),
        )
        .execute();
    }
    const merged = await call('admin', 'POST', '/api/joint-visits', { planIds: ids });
    assert.equal(merged.statusCode, 200, merged.body);
    assert.equal(merged.json().items.length, 2);
    const list = (await call('department_operator', 'GET', `/api/joint-visits?planIds=${ids.join(',')}`)).json().items;
    assert.deepEqual(
      list.map((item: { uscc: string }) => item.uscc).sort(),
      [fixture.enterpriseA, fixture.enterpriseB].sort(),
      'each enterprise once',
    );
    assert.ok(
      list.length > 0 &&
        list.every(
          (item: { planIds: number[]; jointVisitId: number | null }) =>
            item.planIds.length === 2 && item.jointVisitId !== null,
        ),
    );
    const sheet = await readSheet(
      (await call('inspector', 'GET', `/api/joint-visits.xlsx?planIds=${ids.join(',')}`)).rawPayload,
    );
    assert.equal(sheet.length, 3);
  });

  test('the 免打扰 list, the supervision settings and the measures catalog are served, the list also as .xlsx', async () => {
    const classes = (await call('anonymous', 'GET', '/api/supervision/classes')).json();
    assert.equal(classes.isLocalExample, true);
    assert.equal(classes.referenceText, '国市监信发〔2022〕6号；一地公开示例（本地示例，待本区确认）');
    assert.equal(classes.noDisturb.referenceText, '《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（八）项');
    assert.deepEqual(
      classes.classes.map((row: { class: string; ratio: { max: number } }) => [row.class, row.ratio.max]),
      [
        ['A', 0.05],
        ['B', 0.2],
        ['C', 0.6],
        ['D', 1],
      ],
    );
    assert.ok(
      (await call('anonymous', 'GET', '/api/measures'))
        .json()
        .measures.some((measure: { label: string }) => measure.label === '绿色通道'),
    );
    const noDisturb = await call('inspector', 'GET', '/api/supervision/no-disturb.xlsx');
    assert.equal(noDisturb.statusCode, 200);
    assert.deepEqual((await readSheet(noDisturb.rawPayload))[0], [
      '统一社会信用代码',
      '企业名称',
      '行业',
      '行业代码',
      '信用等级',
      '风险分类',
    ]);
    const measures = await call(
      'department_operator',
      'GET',
      `/api/enterprises/${fixture.enterpriseA}/measures?scene=administrative_approval`,
    );
    assert.equal(measures.statusCode, 200);
    assert.deepEqual(measures.json().measures, [], 'an enterprise never evaluated gets no graded measure');
  });
});
