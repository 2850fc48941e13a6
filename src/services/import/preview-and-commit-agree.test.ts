import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { isAppError } from '../../domain/app-error.ts';
import { makeUscc } from '../../domain/uscc.ts';
import { importFile } from './import-file.ts';
import type { RowError } from './normalize-row.ts';
import { previewImport } from './preview-import.ts';
import { parseSecretKey } from './protect-personal.ts';
import { PENALTY_HEADERS, samplePenaltyRow, writeSampleCsv } from './sample-files.ts';

const secretKey = parseSecretKey('5a'.repeat(32));
const today = '2026-11-01';
const CREDIT_OFFICE_USCC = makeUscc('11420703MB0000002');

function byRow(problems: RowError[]): Record<number, string[]> {
  const rows: Record<number, string[]> = {};
  for (const problem of problems) (rows[problem.row] ??= []).push(`${problem.column}：${problem.reason}`);
  return rows;
}

/**
 * What the department sees in the preview is what the commit then does: both read the file through one pipeline
 * (open-import-pipeline.ts), so every row has the same errors and warnings in the same words.
 */
describeOnEachEngine('previewing and committing the same file', (store) => {
  let dir: string;
  let file: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-preview-commit-'));
    file = path.join(dir, '信用办转报处罚-含错误行.csv');
    const relayed = { 数据来源单位: '华容区发展和改革经济信息化局', 数据来源单位统一社会信用代码: CREDIT_OFFICE_USCC };
    writeSampleCsv(
      file,
      [...PENALTY_HEADERS, '内部编号'],
      [
        samplePenaltyRow(901, { ...relayed }),
        samplePenaltyRow(902, { ...relayed, '行政相对人代码_1(统一社会信用代码)': '91420703MA4F00000A' }),
        samplePenaltyRow(903, { ...relayed, 处罚决定日期: '2023-02-29' }),
        samplePenaltyRow(904, { ...relayed, 处罚决定日期: '2027-01-01' }),
        samplePenaltyRow(901, { ...relayed, '罚款金额(万元)': 3 }),
        samplePenaltyRow(905, {
          ...relayed,
          处罚机关: '某市某某执法局',
          处罚机关统一社会信用代码: makeUscc('11420700MB0000009'),
        }),
        samplePenaltyRow(906, { ...relayed, 违法事实: '' }),
        samplePenaltyRow(907, {
          ...relayed,
          处罚类别: '罚款',
          '罚款金额(万元)': 2,
          处罚决定日期: '2025/3/10',
          公示截止期: '2028-03-10',
        }),
      ],
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a file with a bad code, impossible and future dates, a repeated decision, an unknown authority and an empty required cell gets the same messages on every row in the preview and in the commit', async () => {
    const preview = await previewImport(store().db, {
      file,
      department: '区信用办',
      secretKey,
      today,
      sampleRows: 100,
    });
    const result = await importFile(store().db, {
      file,
      department: '区信用办',
      mode: 'accept-valid',
      operator: '信用办',
      secretKey,
      today,
      rejectionPath: path.join(dir, 'rejected.csv'),
    });

    const previewErrors = byRow(preview.errors);
    assert.deepEqual(Object.keys(previewErrors).map(Number), [1, 3, 4, 5, 6, 7, 8]);
    assert.match(previewErrors[1].join(), /内部编号/);
    assert.match(previewErrors[3].join(), /校验位/);
    assert.match(previewErrors[4].join(), /2023年2月没有29日/);
    assert.match(previewErrors[5].join(), /晚于今天/);
    assert.match(previewErrors[6].join(), /与第2行重复/);
    assert.match(previewErrors[7].join(), /不是平台登记的部门/);
    assert.deepEqual(previewErrors[8], ['违法事实：必填项为空']);
    assert.deepEqual(byRow(result.errors), previewErrors);
    assert.equal(result.errorCount, preview.errorCount);

    assert.deepEqual(
      preview.warnings.map((warning) => [warning.row, warning.column]),
      [
        [2, '公示截止期'],
        [9, '公示截止期'],
      ],
    );
    assert.deepEqual(result.warnings, preview.warnings);

    assert.deepEqual(
      [result.totalRows, result.rejected, result.created],
      [preview.totalRows, preview.rejectedRows, preview.validRows],
    );
    assert.deepEqual([preview.totalRows, preview.validRows], [8, 2]);
    assert.deepEqual(
      preview.sample.map((row) => [row.row, row.errors, row.warnings]),
      preview.sample.map((row) => [
        row.row,
        result.errors.filter((error) => error.row === row.row),
        result.warnings.filter((warning) => warning.row === row.row),
      ]),
    );
  });

  test('a department that may not send the kind is refused with the same message by the preview and by the commit', async () => {
    const refusal = async (promise: Promise<unknown>) => {
      try {
        await promise;
      } catch (error) {
        assert.ok(isAppError(error), `expected an AppError, got ${String(error)}`);
        return [error.code, error.userMessage];
      }
      assert.fail('the file should have been refused');
    };
    const previewed = await refusal(
      previewImport(store().db, { file, department: '区法院', kind: '行政处罚', secretKey, today }),
    );
    const committed = await refusal(
      importFile(store().db, {
        file,
        department: '区法院',
        kind: '行政处罚',
        mode: 'all-or-nothing',
        operator: '法院',
        secretKey,
        today,
      }),
    );
    assert.equal(previewed[0], 'FORBIDDEN');
    assert.match(previewed[1], /可报送“行政处罚”的单位：/);
    assert.deepEqual(committed, previewed);
  });
});
