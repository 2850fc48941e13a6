import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { makeUscc } from '../../domain/uscc.ts';
import { MODELS_DIR } from '../../engine/load-model.ts';
import { importFile } from '../import/import-file.ts';
import { parseSecretKey } from '../import/protect-personal.ts';
import { writeSampleCsv } from '../import/sample-files.ts';
import { describePublishedModel } from '../public-portal/describe-published-model.ts';
import { ensurePublishedModel } from './ensure-published-model.ts';
import { evaluateEnterprise } from './evaluate-enterprise.ts';
import { sendRecords, taxRatingRecord } from './evaluation-test-support.ts';
import { publishModel } from './publish-model.ts';
import { simulateModel } from './simulate-model.ts';

const V2_DIR = path.join(MODELS_DIR, 'huarong-sci-tech', 'v2');
const RESEARCH_USCC = makeUscc('91420703MA4F1B2R5');
const RESEARCH_NAME = '鄂州华容科研测试有限公司';
const INSPECTED_USCC = '91420703MA4F1B2D5H';
const operator = '模型管理员';
const today = '2026-11-20';

/** The headers a 科技局 file of 科研失信行为调查处理 decisions carries (catalog/record-kinds.yaml). */
const MISCONDUCT_HEADERS = [
  '企业名称',
  '统一社会信用代码',
  '处理决定书文号',
  '科研失信行为类型',
  '失信严重程度',
  '处理措施',
  '处理机构',
  '处理决定日期',
  '处理期限至',
] as const;

describeOnEachEngine('model v2: research integrity and inspection findings in the grade', (store) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-v2-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  before(async () => {
    // An enterprise graded B well above the C line (纳税 A, 国家评价 优, a valid high-tech certificate: 81.5 points) that will be found to have committed
    // research misconduct, and a 纳税 A enterprise that will be inspected.
    const researchSubject = { subjectUscc: RESEARCH_USCC, subjectName: RESEARCH_NAME };
    await sendRecords(store().db, [
      taxRatingRecord(researchSubject),
      taxRatingRecord({ subjectUscc: INSPECTED_USCC, subjectName: '鄂州华容受检科技有限公司' }),
    ]);
    await sendRecords(store().db, [
      taxRatingRecord({
        ...researchSubject,
        kind: 'national_credit_evaluation',
        naturalKey: `${RESEARCH_USCC}|2026-06-01`,
        departmentCode: 'nacredit',
        occurredOn: '2026-06-01',
        grade: '优',
      }),
    ]);
    await sendRecords(store().db, [
      taxRatingRecord({
        ...researchSubject,
        kind: 'high_tech_certification',
        naturalKey: 'GR202542000123',
        departmentCode: 'kjj',
        occurredOn: '2025-01-10',
        endsOn: '2027-12-31',
        grade: null,
      }),
    ]);
    await ensurePublishedModel(store());
  });

  test('v2 is simulated against v1 with its change log, published, and the public model page shows what changed', async () => {
    const simulation = await simulateModel(store(), V2_DIR, { operator, asOf: today });
    assert.equal(simulation.published?.modelVersion, 'huarong-sci-tech/v1');
    assert.equal(simulation.changeLog?.to, 'huarong-sci-tech/v2');
    await publishModel(store(), V2_DIR, { operator });
    const page = await describePublishedModel(store().db);
    assert.equal(page.version, 'huarong-sci-tech/v2');
    assert.equal(page.effectiveFrom, '2027-01-01');
    assert.equal(page.changeLog?.from, 'huarong-sci-tech/v1');
    const texts = page.changeLog!.changes.map((change) => change.text);
    assert.ok(texts.includes('新增否决项“科研失信行为被认定为严重且处理期限未满”：等级不高于 C'), texts.join('\n'));
    assert.ok(texts.some((text) => text.startsWith('新增指标“抽查检查发现问题待后续处理”')));
  });

  test('importing a 严重 research-misconduct handling decision caps the grade at C under v2, with the veto in the trace', async () => {
    const before = await evaluateEnterprise(store().db, RESEARCH_USCC, { today });
    assert.equal(before.modelVersion, 'huarong-sci-tech/v2');
    assert.deepEqual([before.score, before.grade, before.vetoes], [81.5, 'B', []]);
    const file = path.join(dir, '科研失信行为调查处理.csv');
    writeSampleCsv(file, MISCONDUCT_HEADERS, [
      {
        企业名称: RESEARCH_NAME,
        统一社会信用代码: RESEARCH_USCC,
        处理决定书文号: '华科诚处〔2026〕3号',
        科研失信行为类型: '伪造篡改实验研究数据',
        失信严重程度: '严重',
        处理措施: '终止项目并追回结余资金；五年内禁止承担或参与财政性资金支持的科技活动',
        处理机构: '华容区科学技术局',
        处理决定日期: '2026-10-15',
        处理期限至: '2031-10-15',
      },
    ]);
    const imported = await importFile(store().db, {
      file,
      department: '区科技局',
      mode: 'all-or-nothing',
      operator: '科技局报送员',
      secretKey: parseSecretKey('5a'.repeat(32)),
      today,
    });
    assert.equal(imported.status, 'committed', JSON.stringify(imported.errors ?? imported));
    const after = await evaluateEnterprise(store().db, RESEARCH_USCC, { today });
    // −40 in 失信行为及其处理结果 (weight 25 %) leaves a score that is still B; the veto caps it at C.
    assert.equal(Math.round((before.score - after.score) * 100) / 100, 10);
    assert.deepEqual([after.gradeBeforeVetoes, after.grade], ['B', 'C']);
    assert.deepEqual(
      after.vetoes.map((veto) => [veto.id, veto.capGrade]),
      [['research_serious_misconduct', 'C']],
    );
    const serious = after.indicators.find((indicator) => indicator.id === 'research_misconduct_serious')!;
    assert.deepEqual([serious.value, serious.points], [1, -40]);
    assert.deepEqual(
      serious.records.map((record) => [record.kind, record.occurredOn]),
      [['research_misconduct_handling', '2026-10-15']],
    );
  });

  test('an inspection that found problems awaiting follow-up lowers the score under v2 by the parameter’s amount, traced to the inspection record', async () => {
    const before = await evaluateEnterprise(store().db, INSPECTED_USCC, { today });
    const result = await sendRecords(store().db, [
      {
        sourceRow: 2,
        subjectUscc: INSPECTED_USCC,
        subjectName: '鄂州华容受检科技有限公司',
        kind: 'random_inspection',
        naturalKey: 'scjg-2026-0042',
        departmentCode: 'scjg',
        status: 'active',
        occurredOn: '2026-11-02',
        endsOn: null,
        level: null,
        subtype: '发现问题待后续处理',
        grade: null,
        amount: null,
        quantity: null,
        fields: {
          inspection_number: 'scjg-2026-0042',
          plan_title: '2026年度区市场监管局“双随机、一公开”抽查',
          outcome: '发现问题待后续处理',
          inspected_on: '2026-11-02',
          inspecting_authority: '华容区市场监督管理局',
        },
      },
    ]);
    assert.equal(result.status, 'committed');
    const after = await evaluateEnterprise(store().db, INSPECTED_USCC, { today });
    const finding = after.indicators.find((indicator) => indicator.id === 'inspection_findings_pending')!;
    const amount = finding.parameters.find((parameter) => parameter.id === 'inspection_finding_pending_points')!;
    assert.equal(amount.value, -10);
    assert.equal(finding.points, -10);
    assert.deepEqual(
      finding.records.map((record) => [record.kind, record.occurredOn]),
      [['random_inspection', '2026-11-02']],
    );
    // One finding × −10 points in 遵守规章制度与履行承诺 (weight 10 %): the total falls by exactly 1 point.
    assert.equal(finding.weight, 0.1);
    assert.equal(Math.round((after.score - before.score) * 100) / 100, -10 * 0.1);
  });
});
