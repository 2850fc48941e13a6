import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  gradeEnterprises,
  insertPublishedModelVersion,
  insertStaffAccounts,
} from '../../../test/support/grade-use-fixture.ts';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { importFile } from '../import/import-file.ts';
import { parseSecretKey } from '../import/protect-personal.ts';
import { writeSampleCsv } from '../import/sample-files.ts';
import { createInspectionPlan, drawInspectionPlan, type PlanDrawInputs } from './inspection-plans.ts';
import { listRiskClassDisagreements } from './list-risk-class-disagreements.ts';

/**
 * SAMR's 企业信用风险分类 (国市监信发〔2022〕6号) imported by 区市场监管局, and graded supervision reading it
 * (supervision.yaml risk_class_source). The district, graded on 2026-11-01 by model v1 (grade = class):
 * - 甲: grade B; SAMR classed it B on 2025-02-10 and D on 2026-03-01 (latest D: disagrees);
 * - 乙: grade D; SAMR D (agrees);
 * - 丙: grade C; SAMR A (disagrees);
 * - 丁: grade B; not classified by SAMR (market supervision falls back to the grade's class).
 */
const TODAY = '2026-12-01';
const NAMES = ['鄂州分类甲科技有限公司', '鄂州分类乙科技有限公司', '鄂州分类丙科技有限公司', '鄂州分类丁科技有限公司'];
const [jia, yi, bing, ding] = NAMES.map((_, index) =>
  makeUscc(`91420703${makeOrganizationCode(`MA4K${String(index).padStart(4, '0')}`)}`),
) as [string, string, string, string];
const stranger = makeUscc(`91420703${makeOrganizationCode('MA4K9999')}`);
const GRADES: Record<string, string> = { [jia]: 'B', [yi]: 'D', [bing]: 'C', [ding]: 'B' };
const HEADERS = ['企业名称', '统一社会信用代码', '企业信用风险分类', '分类日期', '分类机关'];
const AUTHORITY = '华容区市场监督管理局';
const secretKey = parseSecretKey('5a'.repeat(32));

describeOnEachEngine('SAMR risk classes in graded supervision', (store) => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-samr-'));
  const file = path.join(directory, '企业信用风险分类.csv');
  after(() => fs.rmSync(directory, { recursive: true, force: true }));

  before(async () => {
    const db = store().db;
    await registerEnterprises(
      db,
      '测试',
      NAMES.map((name, index) => ({
        uscc: [jia, yi, bing, ding][index]!,
        name,
        legalRepresentative: null,
        status: '存续',
        industryCode: 'I65',
        registeredOn: '2020-01-01',
      })),
      { today: '2026-11-01' },
    );
    const versionId = await insertPublishedModelVersion(db);
    const enterprises = await db.selectFrom('enterprises').select(['id', 'uscc']).execute();
    await gradeEnterprises(
      db,
      versionId,
      enterprises.map((row) => ({
        enterpriseId: Number(row.id),
        grade: GRADES[row.uscc]!,
        score: 70,
        asOf: '2026-11-01',
      })),
    );
    await insertStaffAccounts(db, [{ username: 'inspector-samr' }]);
    const row = (name: string, uscc: string, riskClass: string, on: string) => ({
      企业名称: name,
      统一社会信用代码: uscc,
      企业信用风险分类: riskClass,
      分类日期: on,
      分类机关: AUTHORITY,
    });
    writeSampleCsv(
      file,
      HEADERS,
      [
        row(NAMES[0]!, jia, 'B', '2025/2/10'),
        row(NAMES[0]!, jia, 'D', '2026/3/1'),
        row(NAMES[1]!, yi, 'D', '2026/3/1'),
        row(NAMES[2]!, bing, 'A', '2026/3/1'),
        row(NAMES[3]!, ding, 'E', '2026/3/1'),
        row('鄂州外区科技有限公司', stranger, 'B', '2026/3/1'),
      ],
      { encoding: 'utf8', bom: true },
    );
  });

  test('a SAMR file with a class outside A–D and an enterprise the platform does not know is refused whole, naming both rows in Chinese', async () => {
    const result = await importFile(store().db, {
      file,
      department: '区市场监管局',
      mode: 'all-or-nothing',
      operator: '市场监管导入员',
      secretKey,
      today: TODAY,
    });
    assert.equal(result.status, 'rejected');
    assert.equal(result.kind.code, 'samr_risk_classification', 'the kind is recognised from the Chinese headers');
    assert.deepEqual(
      result.errors.map((error) => [error.row, error.column]),
      [
        [6, '企业信用风险分类'],
        [7, '统一社会信用代码'],
      ],
    );
    assert.match(result.errors[0]!.reason, /“E”/);
    assert.match(result.errors[0]!.reason, /A、B、C、D/);
    assert.match(result.errors[1]!.reason, new RegExp(`${stranger}.*不是本平台已有的企业`));
    assert.equal(await countSamrRecords(), 0, 'nothing of a refused batch is stored');
  });

  test('the same file with “accept valid rows” stores the four good classifications and rejects the two bad rows', async () => {
    const result = await importFile(store().db, {
      file,
      department: '区市场监管局',
      mode: 'accept-valid',
      operator: '市场监管导入员',
      secretKey,
      today: TODAY,
      rejectionPath: path.join(directory, 'rejected.csv'),
    });
    assert.equal(result.status, 'committed');
    assert.equal(result.created, 4);
    assert.equal(result.rejected, 2);
    assert.equal(await countSamrRecords(), 4);
  });

  test('a market-supervision plan sorts enterprises by SAMR’s latest class, and by the grade’s class where SAMR has none, saying so', async () => {
    const inputs = await drawnInputs('scjg');
    assert.deepEqual(candidatesByClass(inputs), { A: [bing], B: [ding], C: [], D: [jia, yi].sort() });
    assert.equal(inputs.riskClasses?.source, 'samr');
    assert.deepEqual(inputs.riskClasses?.fallbackToGrade, [ding]);
    assert.match(inputs.riskClasses!.reference, /国市监信发〔2022〕6号/);
  });

  test('another department’s plan sorts the same enterprises by the platform grade’s class', async () => {
    const inputs = await drawnInputs('yjgl');
    assert.deepEqual(candidatesByClass(inputs), { A: [], B: [jia, ding].sort(), C: [bing], D: [yi] });
    assert.equal(inputs.riskClasses?.source, 'platform_grade');
    assert.deepEqual(inputs.riskClasses?.fallbackToGrade, []);
  });

  test('the disagreement list shows the two enterprises whose SAMR class differs from their grade, with both and their dates', async () => {
    const rows = await listRiskClassDisagreements(store().db);
    assert.deepEqual(
      rows.map((row) => [
        row.name,
        row.samrClass,
        row.samrClassifiedOn,
        row.samrAuthority,
        row.grade,
        row.gradeAsOf,
        row.gradeClass,
      ]),
      [
        [NAMES[0], 'D', '2026-03-01', AUTHORITY, 'B', '2026-11-01', 'B'],
        [NAMES[2], 'A', '2026-03-01', AUTHORITY, 'C', '2026-11-01', 'C'],
      ],
    );
  });

  async function countSamrRecords(): Promise<number> {
    const row = await store()
      .db.selectFrom('records')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('kind', '=', 'samr_risk_classification')
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async function drawnInputs(departmentCode: string): Promise<PlanDrawInputs> {
    const plan = await createInspectionPlan(store().db, {
      departmentCode,
      title: `${departmentCode} 分类测试`,
      inspectors: ['inspector-samr'],
      inspectorsPerVisit: 1,
      actor: departmentCode,
    });
    const drawn = await drawInspectionPlan(store().db, plan.id, departmentCode, { today: TODAY });
    return drawn.drawInputs!;
  }
});

/**
 * The enterprises each class of a draw considered: its candidates and those its yearly limit left out (an enterprise
 * drawn by the market-supervision plan has had its one B-class inspection of the year when the next plan draws).
 */
function candidatesByClass(inputs: PlanDrawInputs): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(inputs.classes).map(([riskClass, { candidates }]) => [
      riskClass,
      [...candidates, ...(inputs.yearlyLimit?.excluded[riskClass] ?? []).map((row) => row.uscc)].sort(),
    ]),
  );
}
