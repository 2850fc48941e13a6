import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { Role } from '../../domain/roles.ts';
import { createUser } from '../../services/accounts/create-user.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { inventionPatentRecord, sendRecords } from '../../services/evaluation/evaluation-test-support.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

/** The IP-pledge whitelist over HTTP: generate, push, read, look up applicants, report loans, statistics, and every .xlsx. */
describeOnEachEngine('the IP-pledge whitelist over HTTP', (current) => {
  let fixture: ServerFixture;
  const sessions = new Map<Role | 'bank2', string>();
  before(async () => {
    fixture = await createServerFixture(current());
    await ensurePublishedModel(current());
    await sendRecords(current().db, [
      inventionPatentRecord(fixture.enterpriseA, 'ZL202210000001.5'),
      inventionPatentRecord(fixture.enterpriseA, 'ZL202210000002.3'),
    ]);
    for (const role of ['admin', 'reviewer', 'department_operator', 'bank', 'association'] as const)
      sessions.set(role, await fixture.logIn(role));
    await createUser(
      current().db,
      '测试',
      { username: 'bank2', displayName: '另一家银行', role: 'bank', password: 'bank2-password-1' },
      { isDemo: true },
    );
    const login = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bank2', password: 'bank2-password-1' },
    });
    sessions.set('bank2', login.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value);
  });
  after(async () => {
    await fixture?.close();
  });
  const call = (who: Role | 'bank2', method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    fixture.injectAs(who === 'bank2' ? 'bank' : who, { method, url, payload }, sessions.get(who));
  async function readSheets(body: Buffer): Promise<Map<string, unknown[][]>> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as never);
    const sheets = new Map<string, unknown[][]>();
    for (const sheet of workbook.worksheets) {
      const rows: unknown[][] = [];
      // Empty cells come back as holes: read them as null.
      sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (value) => value ?? null)));
      sheets.set(sheet.name, rows);
    }
    return sheets;
  }

  test('an administrator generates a list that reaches the subscribed bank, which reads and exports exactly its pushed enterprises', async () => {
    const subscribed = await call('bank', 'POST', '/api/subscriptions', {
      name: '白名单推送',
      eventTypes: ['list_updated'],
      delivery: 'pull',
    });
    assert.equal(subscribed.statusCode, 201, subscribed.body);
    const generated = await call('admin', 'POST', '/api/whitelist/generations', {});
    assert.equal(generated.statusCode, 201, generated.body);
    const body = generated.json();
    assert.equal(body.generation.listed, 1, 'A has two invention patents; B none');
    assert.deepEqual(body.pushes, [{ recipient: 'bank', isRecipient: true, added: 1, withdrawn: 0 }]);

    const officials = (await call('department_operator', 'GET', '/api/whitelist')).json();
    assert.deepEqual(
      officials.items.map((item: { uscc: string }) => item.uscc),
      [fixture.enterpriseA],
    );
    const bank = (await call('bank', 'GET', '/api/whitelist?limit=10')).json();
    assert.deepEqual(
      [bank.total, bank.items[0].uscc, bank.items[0].validInventionPatents, bank.generation.id],
      [1, fixture.enterpriseA, 2, body.generation.id],
    );
    assert.deepEqual((await call('bank2', 'GET', '/api/whitelist')).json().items, [], 'bank2 did not subscribe');
    assert.equal((await call('association', 'GET', '/api/whitelist')).statusCode, 403);

    const xlsx = await call('bank', 'GET', '/api/whitelist.xlsx');
    assert.equal(xlsx.statusCode, 200);
    const [sheet] = [...(await readSheets(xlsx.rawPayload)).values()];
    assert.deepEqual(sheet![0]!.slice(0, 3), ['推介次序', '统一社会信用代码', '企业名称']);
    assert.deepEqual(
      sheet!.slice(1).map((row) => row[1]),
      [fixture.enterpriseA],
    );
    const past = await call('admin', 'POST', '/api/whitelist/generations', {});
    assert.equal(
      (await call('bank', 'GET', `/api/whitelist?generationId=${body.generation.id}`)).statusCode,
      403,
      'a bank reads only the current list',
    );
    assert.equal(
      (await call('reviewer', 'GET', `/api/whitelist?generationId=${body.generation.id}`)).json().total,
      1,
      'officials read any generation',
    );
    assert.equal(past.json().pushes[0].added, 0, 'A was pushed already: nothing new for the bank');
    const generations = (await call('reviewer', 'GET', '/api/whitelist/generations')).json();
    assert.deepEqual(
      generations.items.map(
        (item: { id: number; triggerLabel: string; triggeredBy: string; triggeredByName: string }) => [
          item.id,
          item.triggerLabel,
          item.triggeredBy,
          item.triggeredByName,
        ],
      ),
      [
        [past.json().generation.id, '手动生成', 'admin', '系统管理员（演示）'],
        [body.generation.id, '手动生成', 'admin', '系统管理员（演示）'],
      ],
      '生成人 is the person who generated each list, next to the account',
    );
  });

  test('a bank looks up its applicants and gets one answer per row, errors included, and can download it', async () => {
    const response = await call('bank', 'POST', '/api/whitelist/applicant-lookups', {
      usccs: [fixture.enterpriseA, fixture.enterpriseB, '91420703XXXX'],
    });
    assert.equal(response.statusCode, 201, response.body);
    const lookup = response.json();
    assert.deepEqual(
      lookup.rows.map(
        (row: {
          uscc: string;
          validInventionPatents: number | null;
          isGradeWithheld: boolean;
          error: string | null;
        }) => [row.uscc, row.validInventionPatents, row.isGradeWithheld, row.error],
      ),
      [
        [fixture.enterpriseA, 2, false, null],
        [fixture.enterpriseB, 0, true, null],
        ['91420703XXXX', null, false, '第 3 行：统一社会信用代码“91420703XXXX”无效：长度不是18位（实际12位）'],
      ],
    );
    const xlsx = await call('bank', 'GET', `/api/whitelist/applicant-lookups/${lookup.id}.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    const [sheet] = [...(await readSheets(xlsx.rawPayload)).values()];
    assert.deepEqual(
      sheet!.slice(1).map((row) => [row[0], row[2], row[11]]),
      [
        [1, fixture.enterpriseA, lookupGrade(lookup.rows[0])],
        [2, fixture.enterpriseB, '未授权'],
        [3, '91420703XXXX', null],
      ],
    );
    assert.equal(
      (await call('bank2', 'GET', `/api/whitelist/applicant-lookups/${lookup.id}.xlsx`)).statusCode,
      404,
      'another bank’s lookup is not found',
    );
  });

  test('a loan report with wrong fields is refused naming each one; a bank sees, corrects and exports only its own loans', async () => {
    const refused = await call('bank', 'POST', '/api/loans', {
      uscc: fixture.enterpriseA,
      amountWan: -5,
      grantedOn: '2026-13-01',
      termMonths: 1.5,
      bankReference: 'R-1',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.json().error.message, /字段“贷款金额（万元）”.*字段“放款日期”.*字段“贷款期限（月）”/);
    const wrongType = await call('bank', 'POST', '/api/loans', {
      uscc: fixture.enterpriseA,
      amountWan: '很多',
      grantedOn: '2026-11-01',
      termMonths: 12,
      bankReference: 'R-1',
    });
    assert.match(wrongType.json().error.message, /请求体字段“贷款金额（万元）”应为数字/);

    const created = await call('bank', 'POST', '/api/loans', {
      uscc: fixture.enterpriseA,
      amountWan: 300,
      grantedOn: (await call('bank', 'GET', '/api/whitelist')).json().generation.asOf,
      termMonths: 24,
      bankReference: 'R-1',
      pledgedPatentNumbers: ['ZL202210000001.5'],
    });
    assert.equal(created.statusCode, 201, created.body);
    const loan = created.json().loan;
    assert.deepEqual([loan.isOnWhitelist, created.json().warnings], [true, []]);
    const other = await call('bank2', 'POST', '/api/loans', {
      uscc: fixture.enterpriseB,
      amountWan: 80,
      grantedOn: '2026-11-02',
      termMonths: 12,
      bankReference: 'R-1',
    });
    assert.equal(other.statusCode, 201, other.body);

    assert.deepEqual(
      (await call('bank2', 'GET', '/api/loans')).json().items.map((item: { bank: string }) => item.bank),
      ['bank2'],
    );
    assert.equal(
      (
        await call('bank2', 'PUT', `/api/loans/${loan.id}`, {
          uscc: fixture.enterpriseA,
          amountWan: 1,
          grantedOn: '2026-11-02',
          termMonths: 12,
          bankReference: 'X',
        })
      ).statusCode,
      404,
    );
    const corrected = await call('bank', 'PUT', `/api/loans/${loan.id}`, {
      uscc: fixture.enterpriseA,
      amountWan: 350,
      grantedOn: loan.grantedOn,
      termMonths: 24,
      bankReference: 'R-1',
      reason: '合同金额调整',
    });
    assert.deepEqual([corrected.statusCode, corrected.json().loan.version], [200, 2]);
    const withdrawn = await call('bank2', 'POST', `/api/loans/${other.json().loan.id}/withdraw`, {
      reason: '企业未提款',
    });
    assert.equal(withdrawn.json().status, 'withdrawn');

    const all = await call('admin', 'GET', '/api/loans.xlsx');
    const [sheet] = [...(await readSheets(all.rawPayload)).values()];
    assert.deepEqual(
      sheet!
        .slice(1)
        .map((row) => [row[2], row[5], row[10]])
        .sort(),
      [
        ['R-1', 350, '有效'],
        ['R-1', 80, '已撤回'],
      ].sort(),
    );
    const own = await call('bank2', 'GET', '/api/loans.xlsx');
    assert.equal(
      [...(await readSheets(own.rawPayload)).values()][0]!.length,
      2,
      'bank2’s export holds its own report only',
    );
  });

  test('conversion statistics show every bank to officials and only its own row to a bank, and export as two sheets', async () => {
    const stats = (await call('reviewer', 'GET', '/api/whitelist/stats')).json();
    assert.deepEqual(
      stats.generations.map(
        (row: {
          bank: string | null;
          listed: number;
          enterprisesWithLoan: number;
          amountWan: number;
          conversionRate: number | null;
        }) => [row.bank, row.listed, row.enterprisesWithLoan, row.amountWan, row.conversionRate],
      ),
      [
        [null, 1, 1, 350, 1],
        ['bank', 1, 1, 350, 1],
        [null, 1, 0, 0, 0],
        ['bank', 1, 0, 0, 0],
      ],
      'the loan counts for the list in force on its grant day (the later of the two lists of that day)',
    );
    const own = (await call('bank2', 'GET', '/api/whitelist/stats')).json();
    assert.deepEqual(
      own,
      { generations: [], months: [] },
      'bank2 was not pushed the list and its only report is withdrawn',
    );
    assert.equal(
      (await call('bank2', 'GET', '/api/whitelist/stats?bank=bank')).statusCode,
      404,
      'a bank cannot ask for another bank’s figures',
    );
    const oneBank = (await call('reviewer', 'GET', '/api/whitelist/stats?bank=bank')).json();
    assert.ok(
      oneBank.generations.length > 0 && oneBank.generations.every((row: { bank: string }) => row.bank === 'bank'),
      'officials can narrow to one bank',
    );
    const xlsx = await call('admin', 'GET', '/api/whitelist/stats.xlsx');
    const sheets = await readSheets(xlsx.rawPayload);
    assert.deepEqual([...sheets.keys()], ['按名单期次', '按月份']);
    assert.deepEqual(
      sheets
        .get('按名单期次')!
        .slice(1)
        .map((row) => [row[3], row[8]]),
      [
        ['全部机构', 1],
        ['合作银行（演示）', 1],
        ['全部机构', 0],
        ['合作银行（演示）', 0],
      ],
    );
  });
});

function lookupGrade(row: { grade: string | null }): string {
  return row.grade ?? '尚未评价';
}
