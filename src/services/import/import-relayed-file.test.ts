import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { makeUscc } from '../../domain/uscc.ts';
import { publicityOfRecord } from '../records/publicity-of-record.ts';
import { importFile } from './import-file.ts';
import { previewImport } from './preview-import.ts';
import { parseSecretKey } from './protect-personal.ts';
import { PENALTY_HEADERS, samplePenaltyRow, writeSampleXlsx } from './sample-files.ts';

const secretKey = parseSecretKey('5a'.repeat(32));
const today = '2026-11-01';
const CREDIT_OFFICE_USCC = makeUscc('11420703MB0000002');

/**
 * A credit-office file holding a 市场监管 and an 应急管理 penalty dates each by its own
 * authority, and the file's 公示截止期 differing from the computed end is a warning on the row.
 */
describeOnEachEngine('a credit-office file relaying several authorities’ penalties', (store) => {
  let dir: string;
  let file: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-relay-'));
    file = path.join(dir, '信用办转报处罚.xlsx');
    const relayed = { 数据来源单位: '华容区发展和改革经济信息化局', 数据来源单位统一社会信用代码: CREDIT_OFFICE_USCC };
    await writeSampleXlsx(file, PENALTY_HEADERS, [
      // 市场监管: the file states SAMR's three years; the platform publishes a 一般 penalty for one year (58号令).
      samplePenaltyRow(101, {
        ...relayed,
        处罚类别: '罚款',
        '罚款金额(万元)': 2,
        处罚决定日期: '2025/3/10',
        公示截止期: '2028-03-10',
      }),
      // 应急管理, known by name only (its code is not registered): the file's end agrees with the platform's.
      samplePenaltyRow(102, {
        ...relayed,
        行政处罚决定书文号: '华应急罚〔2025〕7号',
        违法行为类型: '违反安全生产规定',
        处罚类别: '罚款',
        '罚款金额(万元)': 3,
        处罚决定日期: '2025/5/20',
        公示截止期: '2026-05-20',
        处罚机关: '华容区应急管理局',
        处罚机关统一社会信用代码: makeUscc('11420703MB0000003'),
      }),
      // An authority the platform does not know.
      samplePenaltyRow(103, {
        ...relayed,
        处罚机关: '某市某某执法局',
        处罚机关统一社会信用代码: makeUscc('11420700MB0000009'),
      }),
    ]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the preview shows the 公示截止期 difference as a warning on its row and refuses the unknown authority with a clear error', async () => {
    const preview = await previewImport(store().db, { file, department: '区信用办', secretKey, today });
    assert.equal(preview.department.code, 'fgjx');
    assert.deepEqual([preview.totalRows, preview.validRows, preview.rejectedRows], [3, 2, 1]);
    assert.deepEqual(
      preview.errors.map((error) => [error.row, error.column]),
      [[4, '处罚机关']],
    );
    assert.match(
      preview.errors[0].reason,
      /处罚机关“某市某某执法局”.*不是平台登记的部门，无法确定这条记录的报送部门和公示规则/,
    );
    assert.equal(preview.warningCount, 1);
    assert.deepEqual([preview.warnings[0].row, preview.warnings[0].column], [2, '公示截止期']);
    assert.match(preview.warnings[0].reason, /文件的公示截止期 2028-03-10 与本平台计算的 2026-03-10 不一致/);
    assert.match(preview.warnings[0].reason, /与部门公示系统的截止期一致/);
    assert.deepEqual(
      preview.sample.map((row) => row.warnings.length),
      [1, 0, 0],
    );
  });

  test('committed, each row belongs to its own authority and is dated by its rules; the batch keeps the warning', async () => {
    const result = await importFile(store().db, {
      file,
      department: '区发改经信局',
      mode: 'accept-valid',
      operator: '信用办',
      secretKey,
      today,
      rejectionPath: path.join(dir, 'rejected.xlsx'),
    });
    assert.equal(result.status, 'committed');
    assert.deepEqual([result.created, result.rejected, result.warningCount], [2, 1, 1]);

    const records = await store()
      .db.selectFrom('records')
      .select(['kind', 'department_code', 'status', 'occurred_on', 'ends_on', 'level', 'subtype', 'amount', 'fields'])
      .where('batch_id', '=', result.batchId)
      .orderBy('occurred_on')
      .execute();
    assert.deepEqual(
      records.map((record) => record.department_code),
      ['scjg', 'yjgl'],
      'each penalty belongs to its own authority, not to the credit office',
    );
    const [market, emergency] = records.map(
      (record) => publicityOfRecord({ ...record, fields: record.fields as Record<string, unknown> }, today)!,
    );
    assert.equal(market.publicUntil, '2026-03-10');
    assert.equal(
      market.departmentWindow?.publicUntil,
      '2028-03-10',
      'the market-supervision penalty also shows SAMR’s own period',
    );
    assert.equal(emergency.publicUntil, '2026-05-20');
    assert.equal(emergency.departmentWindow, null);

    const batch = await store()
      .db.selectFrom('import_batches')
      .selectAll()
      .where('id', '=', result.batchId)
      .executeTakeFirstOrThrow();
    assert.equal(batch.department_code, 'fgjx', 'the batch stays the credit office’s');
    assert.equal(batch.warning_count, 1);
    assert.match(batch.warning_summary ?? '', /^第2行 公示截止期：文件的公示截止期 2028-03-10/);
  });

  test('a department that relays nothing keeps its own code on every row, whatever the 处罚机关 column says', async () => {
    const own = path.join(dir, '市场监管处罚.xlsx');
    await writeSampleXlsx(own, PENALTY_HEADERS, [samplePenaltyRow(104, { 处罚机关: '华容区应急管理局' })]);
    const result = await importFile(store().db, {
      file: own,
      department: '区市场监管局',
      mode: 'all-or-nothing',
      operator: '市场监管局',
      secretKey,
      today,
    });
    assert.equal(result.status, 'committed');
    const record = await store()
      .db.selectFrom('records')
      .select('department_code')
      .where('batch_id', '=', result.batchId)
      .executeTakeFirstOrThrow();
    assert.equal(record.department_code, 'scjg');
  });
});
