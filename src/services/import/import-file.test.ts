import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { isAppError } from '../../domain/app-error.ts';
import { importFile, type ImportOptions } from './import-file.ts';
import { parseSecretKey, revealPersonal, type ProtectedValue } from './protect-personal.ts';
import {
  LICENSE_HEADERS,
  PENALTY_HEADERS,
  SAMPLE_AUTHORITY_USCC,
  csvLine,
  sampleEnterpriseUscc,
  sampleLicenseRow,
  samplePenaltyRow,
  writeSampleCsv,
  writeSampleXlsx,
  type SampleRow,
} from './sample-files.ts';
import { snapshotStore } from './test-helpers.ts';

const secretKey = parseSecretKey('5a'.repeat(32));
const today = '2026-11-01';

function rowsFrom(first: number, count: number, overrides: (n: number) => SampleRow = () => ({})): SampleRow[] {
  return Array.from({ length: count }, (_, index) => samplePenaltyRow(first + index, overrides(first + index)));
}

async function readXlsx(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

function readCsvText(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

describeOnEachEngine('importing department files', (store) => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-import-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const file = (name: string) => path.join(dir, name);
  const run = (input: string, options: Partial<ImportOptions> = {}) =>
    importFile(store().db, {
      file: input,
      department: '区市场监管局',
      mode: 'all-or-nothing',
      operator: '测试员',
      secretKey,
      today,
      ...options,
    });
  const refusal = async (promise: Promise<unknown>): Promise<{ code: string; message: string }> => {
    try {
      await promise;
    } catch (error) {
      assert.ok(isAppError(error), `expected an AppError, got ${String(error)}`);
      return { code: error.code, message: error.userMessage };
    }
    assert.fail('the import should have been refused');
  };

  test('a known-good 双公示 penalty xlsx is stored with its provenance and the personal data protected', async () => {
    const rows = rowsFrom(0, 12, (n) =>
      n === 3 ? { 处罚决定日期: new Date(Date.UTC(2023, 6, 1)) } : n === 4 ? { 处罚决定日期: 45432 } : {},
    );
    await writeSampleXlsx(file('penalties.xlsx'), PENALTY_HEADERS, rows);
    const result = await run(file('penalties.xlsx'), { department: '华容区市场监督管理局' });
    assert.equal(result.status, 'committed');
    assert.deepEqual(
      [result.totalRows, result.created, result.updated, result.unchanged, result.rejected],
      [12, 12, 0, 0, 0],
    );
    assert.deepEqual(result.kind, { code: 'administrative_penalty', label: '行政处罚' });

    const batch = await store()
      .db.selectFrom('import_batches')
      .selectAll()
      .where('id', '=', result.batchId)
      .executeTakeFirstOrThrow();
    assert.equal(
      batch.file_hash,
      createHash('sha256')
        .update(fs.readFileSync(file('penalties.xlsx')))
        .digest('hex'),
    );
    assert.deepEqual(
      [batch.department_code, batch.operator, batch.format, batch.status, batch.file_name],
      ['scjg', '测试员', 'xlsx', 'committed', 'penalties.xlsx'],
    );

    const record = await store()
      .db.selectFrom('records')
      .innerJoin('enterprises', 'enterprises.id', 'records.enterprise_id')
      .select([
        'records.natural_key',
        'records.occurred_on',
        'records.source_row',
        'records.batch_id',
        'records.fields',
        'enterprises.uscc',
        'enterprises.name',
      ])
      .where('records.natural_key', '=', `鄂华市监处罚〔2020〕1号|${SAMPLE_AUTHORITY_USCC}`)
      .executeTakeFirstOrThrow();
    assert.equal(record.source_row, 2);
    assert.equal(record.batch_id, result.batchId);
    assert.equal(record.uscc, sampleEnterpriseUscc(0));
    assert.equal(record.name, '鄂州华容样例0科技有限公司');
    const idNumber = (record.fields as Record<string, ProtectedValue>).legal_representative_id_number;
    assert.equal(idNumber.masked, '4207**********0000');
    assert.equal(revealPersonal(idNumber, secretKey), samplePenaltyRow(0)['法定代表人证件号码']);
    const versions = await store()
      .db.selectFrom('record_versions')
      .select(['operator', 'batch_id', 'source_row'])
      .where('batch_id', '=', result.batchId)
      .execute();
    assert.equal(versions.length, 12);
    assert.ok(versions.length > 0 && versions.every((version) => version.operator === '测试员'));

    const dates = await store()
      .db.selectFrom('records')
      .select(['source_row', 'occurred_on'])
      .where('batch_id', '=', result.batchId)
      .where('source_row', 'in', [5, 6])
      .orderBy('source_row')
      .execute();
    assert.deepEqual(dates, [
      { source_row: 5, occurred_on: '2023-07-01' },
      { source_row: 6, occurred_on: '2024-05-20' },
    ]);
  });

  test('importing the same file again changes nothing and writes no new versions', async () => {
    const before = await snapshotStore(store().db);
    const result = await run(file('penalties.xlsx'));
    assert.equal(result.status, 'committed');
    assert.deepEqual([result.created, result.updated, result.unchanged], [0, 0, 12]);
    const after = await snapshotStore(store().db);
    assert.equal(after.counts.record_versions, before.counts.record_versions);
    assert.equal(after.digest.records, before.digest.records);
  });

  test('a re-sent decision with a changed amount becomes version 2 and version 1 stays in the history', async () => {
    writeSampleCsv(file('correction.csv'), PENALTY_HEADERS, [samplePenaltyRow(0, { '罚款金额(万元)': 9.9 })]);
    const result = await run(file('correction.csv'));
    assert.deepEqual([result.status, result.created, result.updated, result.unchanged], ['committed', 0, 1, 0]);
    const record = await store()
      .db.selectFrom('records')
      .select(['id', 'version', 'amount'])
      .where('natural_key', '=', `鄂华市监处罚〔2020〕1号|${SAMPLE_AUTHORITY_USCC}`)
      .executeTakeFirstOrThrow();
    assert.deepEqual([record.version, record.amount], [2, 9.9]);
    const history = await store()
      .db.selectFrom('record_versions')
      .select(['version', 'amount', 'change', 'batch_id'])
      .where('record_id', '=', record.id)
      .orderBy('version')
      .execute();
    assert.deepEqual(
      history.map((version) => [version.version, version.amount, version.change]),
      [
        [1, 0.1, 'created'],
        [2, 9.9, 'corrected'],
      ],
    );
    assert.equal(history[1].batch_id, result.batchId);
  });

  test('CSV files in UTF-8, UTF-8 with BOM and GBK all import with their Chinese intact', async () => {
    const variants = [
      { name: 'utf8.csv', first: 100, options: {} },
      { name: 'utf8-bom.csv', first: 200, options: { bom: true } },
      { name: 'gbk.csv', first: 300, options: { encoding: 'gbk' as const } },
    ];
    for (const variant of variants) {
      writeSampleCsv(file(variant.name), PENALTY_HEADERS, rowsFrom(variant.first, 5), variant.options);
      const result = await run(file(variant.name));
      assert.equal(result.status, 'committed', variant.name);
      assert.equal(result.created, 5, variant.name);
      const enterprise = await store()
        .db.selectFrom('enterprises')
        .select('name')
        .where('uscc', '=', sampleEnterpriseUscc(variant.first))
        .executeTakeFirstOrThrow();
      assert.equal(enterprise.name, `鄂州华容样例${variant.first}科技有限公司`, variant.name);
    }
    const gbkBytes = fs.readFileSync(file('gbk.csv'));
    assert.ok(!gbkBytes.toString('utf8').includes('行政相对人名称'), 'the GBK fixture really is GBK');
  });

  test("Excel's tab-separated “Unicode 文本” export (UTF-16) imports too", async () => {
    const lines = [
      PENALTY_HEADERS,
      ...rowsFrom(350, 3).map((row) => PENALTY_HEADERS.map((header) => String(row[header] ?? ''))),
    ].map((cells) => cells.join('\t'));
    fs.writeFileSync(file('unicode.txt'), Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf16le'));
    const result = await run(file('unicode.txt'));
    assert.deepEqual([result.status, result.format, result.created], ['committed', 'csv', 3]);
    const enterprise = await store()
      .db.selectFrom('enterprises')
      .select('name')
      .where('uscc', '=', sampleEnterpriseUscc(350))
      .executeTakeFirstOrThrow();
    assert.equal(enterprise.name, '鄂州华容样例350科技有限公司');
  });

  test('a license file stores 2099/12/31 as no end date and a withdrawn license as revoked', async () => {
    const rows = [
      sampleLicenseRow(1),
      sampleLicenseRow(2),
      sampleLicenseRow(3, { 有效期至: '长期' }),
      sampleLicenseRow(4, { 当前状态: '撤销' }),
    ];
    writeSampleCsv(file('licenses.csv'), LICENSE_HEADERS, rows, { encoding: 'gbk' });
    const result = await run(file('licenses.csv'));
    assert.equal(result.status, 'committed');
    assert.equal(result.kind.code, 'administrative_license');
    const records = await store()
      .db.selectFrom('records')
      .select(['source_row', 'status', 'ends_on', 'fields'])
      .where('batch_id', '=', result.batchId)
      .orderBy('source_row')
      .execute();
    const view = records.map((record) => [
      record.source_row,
      record.status,
      record.ends_on,
      (record.fields as any).long_term ?? false,
      (record.fields as any).valid_to,
    ]);
    assert.deepEqual(view, [
      [2, 'active', null, true, '2099-12-31'],
      [3, 'active', '2028-02-28', false, '2028-02-28'],
      [4, 'active', null, true, '2099-12-31'],
      [5, 'revoked', '2028-02-28', false, '2028-02-28'],
    ]);
  });

  test('a penalty without 失信严重程度 gets one derived by the level table, a stated one is kept', async () => {
    const rows = [
      samplePenaltyRow(400, { 处罚类别: '警告' }),
      samplePenaltyRow(401, { 处罚类别: '吊销营业执照' }),
      samplePenaltyRow(402, { 处罚类别: '罚款', '罚款金额(万元)': 20 }),
    ];
    const headers = [...PENALTY_HEADERS, '失信严重程度'];
    writeSampleCsv(file('levels.csv'), headers, [
      ...rows,
      samplePenaltyRow(403, { 处罚类别: '警告', 失信严重程度: '一般' }),
    ]);
    const result = await run(file('levels.csv'));
    const records = await store()
      .db.selectFrom('records')
      .select(['source_row', 'level', 'fields'])
      .where('batch_id', '=', result.batchId)
      .orderBy('source_row')
      .execute();
    assert.deepEqual(
      records.map((record) => [record.level, (record.fields as any).severity_rule ?? null]),
      [
        ['轻微', 'minor-warning-or-criticism-only'],
        ['严重', 'severe-loss-of-licence-or-business'],
        ['一般', 'general-default'],
        ['一般', null],
      ],
    );
  });

  test('JSON arrays and JSON Lines keyed by Chinese headers import like a spreadsheet', async () => {
    const rows = rowsFrom(500, 3);
    fs.writeFileSync(file('penalties.json'), JSON.stringify(rows));
    fs.writeFileSync(
      file('penalties.ndjson'),
      rowsFrom(510, 3)
        .map((row) => JSON.stringify(row))
        .join('\n') + '\n',
    );
    const array = await run(file('penalties.json'));
    const lines = await run(file('penalties.ndjson'));
    assert.deepEqual([array.status, array.format, array.created], ['committed', 'json', 3]);
    assert.deepEqual([lines.status, lines.format, lines.created], ['committed', 'ndjson', 3]);
  });

  test('a bad row refuses the whole batch by default: the store is untouched and the rejected batch is recorded', async () => {
    const rows = rowsFrom(600, 6, (n) => (n === 603 ? { 处罚决定日期: '2024-02-30' } : {}));
    writeSampleCsv(file('one-bad.csv'), PENALTY_HEADERS, rows);
    const before = await snapshotStore(store().db);
    const result = await run(file('one-bad.csv'));
    assert.equal(result.status, 'rejected');
    assert.deepEqual(result.errors, [
      { row: 5, column: '处罚决定日期', reason: '“2024-02-30”不是有效日期（2024年2月没有30日）' },
    ]);
    assert.deepEqual([result.totalRows, result.rejected, result.created], [6, 1, 0]);
    assert.match(result.reason!, /整批未入库/);
    const after = await snapshotStore(store().db);
    for (const table of ['enterprises', 'records', 'record_versions'])
      assert.equal(after.digest[table], before.digest[table], table);
    assert.equal(after.counts.import_batches, before.counts.import_batches + 1);
    assert.equal(after.counts.audit_events, before.counts.audit_events + 1);
    const batch = await store()
      .db.selectFrom('import_batches')
      .selectAll()
      .where('id', '=', result.batchId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([batch.status, batch.total_rows, batch.rejected_rows], ['rejected', 6, 1]);
    const event = await store()
      .db.selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    assert.deepEqual(event, { action: 'import.rejected', subject_id: String(result.batchId) });
  });

  test('impossible dates, bad amounts, bad codes and empty required cells are each reported by row, column and reason', async () => {
    const rows = [
      samplePenaltyRow(700, { 处罚决定日期: '2023-02-29' }),
      samplePenaltyRow(701, { 处罚决定日期: '2024/13/1', '罚款金额(万元)': '-3' }),
      samplePenaltyRow(702, { '行政相对人代码_1(统一社会信用代码)': '91420703MA4F00000A' }),
      samplePenaltyRow(703, { 违法事实: '' }),
      samplePenaltyRow(704, { 处罚决定日期: '2027-01-01' }),
      samplePenaltyRow(705, { 行政相对人类别: '公司' }),
    ];
    writeSampleCsv(file('many-bad.csv'), PENALTY_HEADERS, rows);
    const result = await run(file('many-bad.csv'));
    assert.equal(result.status, 'rejected');
    assert.deepEqual(
      result.errors.map((error) => [error.row, error.column]),
      [
        [2, '处罚决定日期'],
        [3, '罚款金额(万元)'],
        [3, '处罚决定日期'],
        [4, '行政相对人代码_1(统一社会信用代码)'],
        [5, '违法事实'],
        [6, '处罚决定日期'],
        [7, '行政相对人类别'],
      ],
    );
    const reasons = Object.fromEntries(result.errors.map((error) => [`${error.row}:${error.column}`, error.reason]));
    assert.match(reasons['2:处罚决定日期'], /2023年2月没有29日/);
    assert.match(reasons['3:处罚决定日期'], /月份 13 不存在/);
    assert.match(reasons['3:罚款金额(万元)'], /不能为负数/);
    assert.match(reasons['4:行政相对人代码_1(统一社会信用代码)'], /校验位/);
    assert.equal(reasons['5:违法事实'], '必填项为空');
    assert.match(reasons['6:处罚决定日期'], /晚于今天/);
    assert.match(reasons['7:行政相对人类别'], /可选：法人及非法人组织、自然人、个体工商户/);
  });

  test('a code that fails the check but was accepted as a legacy code imports', async () => {
    const valid = sampleEnterpriseUscc(12345);
    const failing = `${valid.slice(0, 17)}${valid.endsWith('0') ? '1' : '0'}`;
    await store()
      .db.insertInto('legacy_uscc_acceptances')
      .values({ uscc: failing, reason: '早期试点代码', accepted_by: '管理员' })
      .execute();
    writeSampleCsv(file('legacy.csv'), PENALTY_HEADERS, [
      samplePenaltyRow(750, { '行政相对人代码_1(统一社会信用代码)': failing }),
    ]);
    const result = await run(file('legacy.csv'));
    assert.equal(result.status, 'committed');
    assert.ok(await store().db.selectFrom('enterprises').select('id').where('uscc', '=', failing).executeTakeFirst());
  });

  test('the same decision twice in one file is reported with both row numbers', async () => {
    const rows = [samplePenaltyRow(800), samplePenaltyRow(801), samplePenaltyRow(800, { '罚款金额(万元)': 3 })];
    writeSampleCsv(file('duplicates.csv'), PENALTY_HEADERS, rows);
    const result = await run(file('duplicates.csv'));
    assert.equal(result.status, 'rejected');
    assert.equal(result.errors.length, 1);
    assert.equal(result.errors[0].row, 4);
    assert.match(result.errors[0].reason, /与第2行重复/);
    assert.match(result.errors[0].column, /行政处罚决定书文号\+处罚机关统一社会信用代码/);
  });

  test('--accept-valid stores the valid rows and writes a CSV rejection file with reasons and neutralised formulas', async () => {
    const rows = rowsFrom(900, 5, (n) =>
      n === 901
        ? { 处罚决定日期: '2024-02-30', 备注: '=HYPERLINK("http://evil","点我")' }
        : n === 903
          ? { '罚款金额(万元)': '-2', 违法事实: '@SUM(A1)', 处罚内容: '+1', 法定代表人: '\t张三' }
          : { 备注: '=1+1' },
    );
    writeSampleCsv(file('partial.csv'), PENALTY_HEADERS, rows, { encoding: 'gbk' });
    const result = await run(file('partial.csv'), { mode: 'accept-valid' });
    assert.equal(result.status, 'committed');
    assert.deepEqual([result.totalRows, result.created, result.rejected], [5, 3, 2]);
    assert.equal(result.rejectionFile, file('partial.rejected.csv'));
    const text = readCsvText(result.rejectionFile!);
    assert.ok(text.startsWith('\uFEFF'), 'the rejection file is UTF-8 with a BOM');
    const lines = text.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 3);
    assert.ok(lines[0].endsWith(',备注,错误原因'));
    assert.ok(
      lines[1].endsWith(
        `,"'=HYPERLINK(""http://evil"",""点我"")",处罚决定日期：“2024-02-30”不是有效日期（2024年2月没有30日）`,
      ),
      lines[1],
    );
    assert.ok(lines[2].includes(",'@SUM(A1),"));
    assert.ok(lines[2].includes(",'+1,"));
    assert.ok(lines[2].includes(",'\t张三,"));
    assert.ok(lines[2].includes(",'-2,"));
    assert.ok(lines[2].endsWith(',罚款金额(万元)：金额不能为负数（-2）'), lines[2]);
    const stored = await store()
      .db.selectFrom('records')
      .select('source_row')
      .where('batch_id', '=', result.batchId)
      .orderBy('source_row')
      .execute();
    assert.deepEqual(
      stored.map((record) => record.source_row),
      [2, 4, 6],
    );
    const formula = await store()
      .db.selectFrom('records')
      .select('fields')
      .where('batch_id', '=', result.batchId)
      .where('source_row', '=', 2)
      .executeTakeFirstOrThrow();
    assert.equal(
      (formula.fields as any).remarks,
      '=1+1',
      'the store keeps the text as sent; only exports neutralise it',
    );
  });

  test('--accept-valid on an xlsx writes an xlsx rejection file in the same layout', async () => {
    const rows = rowsFrom(950, 3, (n) =>
      n === 951 ? { 处罚决定日期: new Date(Date.UTC(2027, 0, 1)), 备注: '-cmd|calc' } : {},
    );
    await writeSampleXlsx(file('partial.xlsx'), PENALTY_HEADERS, rows);
    const rejectionFile = file('custom-rejections.xlsx');
    const result = await run(file('partial.xlsx'), { mode: 'accept-valid', rejectionPath: rejectionFile });
    assert.deepEqual(
      [result.status, result.created, result.rejected, result.rejectionFile],
      ['committed', 2, 1, rejectionFile],
    );
    const sheet = await readXlsx(rejectionFile);
    assert.equal(sheet.length, 2);
    assert.deepEqual(sheet[0], [...PENALTY_HEADERS, '错误原因']);
    assert.equal(sheet[1][0], '鄂州华容样例951科技有限公司');
    assert.equal(sheet[1][PENALTY_HEADERS.indexOf('备注')], "'-cmd|calc");
    assert.match(String(sheet[1][PENALTY_HEADERS.length]), /^处罚决定日期：日期 2027-01-01 晚于今天/);
  });

  test('wrong headers are reported before any row and the batch is refused', async () => {
    const headers = [...PENALTY_HEADERS.filter((header) => header !== '处罚决定日期' && header !== '处罚机关'), '序号'];
    fs.writeFileSync(
      file('wrong-headers.csv'),
      csvLine(headers, Object.fromEntries(headers.map((header) => [header, header]))) +
        csvLine(headers, samplePenaltyRow(990)),
    );
    const result = await run(file('wrong-headers.csv'));
    assert.equal(result.status, 'rejected');
    assert.deepEqual(
      result.errors.map((error) => [error.row, error.column]),
      [
        [1, '处罚决定日期'],
        [1, '处罚机关'],
        [1, '序号'],
      ],
    );
    assert.match(result.reason!, /缺少必填列“处罚决定日期”/);
  });

  test('a file with only headers is refused as having no data rows', async () => {
    writeSampleCsv(file('header-only.csv'), PENALTY_HEADERS, []);
    const result = await run(file('header-only.csv'));
    assert.equal(result.status, 'rejected');
    assert.equal(result.reason, '文件只有表头，没有数据行');
  });

  test('an empty file, a PNG named .xlsx and random bytes named .csv are refused with a clear reason', async () => {
    fs.writeFileSync(file('empty.csv'), '');
    fs.writeFileSync(
      file('picture.xlsx'),
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2000)]),
    );
    fs.writeFileSync(file('noise.csv'), randomBytes(5000));
    fs.writeFileSync(file('broken.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(3000)]));
    const before = await snapshotStore(store().db);
    assert.match((await refusal(run(file('empty.csv')))).message, /为空/);
    assert.match((await refusal(run(file('picture.xlsx')))).message, /不是有效的 Excel/);
    assert.match((await refusal(run(file('noise.csv')))).message, /不是文本文件/);
    assert.match((await refusal(run(file('broken.xlsx')))).message, /Excel 文件已损坏/);
    assert.match((await refusal(run(file('missing.csv')))).message, /找不到文件/);
    assert.deepEqual(await snapshotStore(store().db), before);
  });

  test('an unknown department and a department that may not send the kind are refused', async () => {
    const unknown = await refusal(run(file('utf8.csv'), { department: '区气象局' }));
    assert.equal(unknown.code, 'NOT_FOUND');
    assert.match(unknown.message, /未知的报送单位“区气象局”/);
    const court = await refusal(run(file('utf8.csv'), { department: 'court' }));
    assert.equal(court.code, 'FORBIDDEN');
    assert.match(court.message, /鄂州市华容区人民法院.*不是“行政处罚”的报送单位/);
    const forbiddenKind = await refusal(
      run(file('utf8.csv'), { department: 'scjg', kind: 'dishonest_judgment_debtor' }),
    );
    assert.equal(forbiddenKind.code, 'FORBIDDEN');
  });

  test('a kind given with --kind is used, even when the headers would fit it only partly', async () => {
    const result = await run(file('utf8.csv'), { kind: '行政处罚' });
    assert.deepEqual([result.status, result.unchanged], ['committed', 5]);
  });

  test('an xlsx with a title row above the headers, rich text and formula cells reads the values Excel shows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('处罚');
    sheet.addRow(['华容区行政处罚信息公示表（2024年第二季度）']);
    sheet.mergeCells(1, 1, 1, 8);
    sheet.addRow(PENALTY_HEADERS);
    const values = (row: SampleRow) => PENALTY_HEADERS.map((header) => row[header] ?? null);
    const first = sheet.addRow(values(samplePenaltyRow(1100)));
    first.getCell(1).value = { richText: [{ text: '鄂州华容' }, { text: '富文本科技有限公司', font: { bold: true } }] };
    first.getCell(PENALTY_HEADERS.indexOf('罚款金额(万元)') + 1).value = { formula: '1+0.5', result: 1.5 };
    sheet.addRow(values(samplePenaltyRow(1101, { 处罚决定日期: '2024/2/30' })));
    await workbook.xlsx.writeFile(file('titled.xlsx'));
    const result = await run(file('titled.xlsx'), { mode: 'accept-valid' });
    assert.deepEqual([result.status, result.created, result.rejected], ['committed', 1, 1]);
    assert.deepEqual(
      result.errors.map((error) => [error.row, error.column]),
      [[4, '处罚决定日期']],
    );
    const record = await store()
      .db.selectFrom('records')
      .select(['source_row', 'amount', 'fields'])
      .where('batch_id', '=', result.batchId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [record.source_row, record.amount, (record.fields as any).subject_name],
      [3, 1.5, '鄂州华容富文本科技有限公司'],
    );
  });

  test('a quoted cell spanning two lines counts as one row, as Excel shows it', async () => {
    writeSampleCsv(file('multiline.csv'), PENALTY_HEADERS, [
      samplePenaltyRow(1200, { 违法事实: '第一行\n第二行,含逗号和"引号"' }),
      samplePenaltyRow(1201, { 处罚决定日期: '2024-13-01' }),
    ]);
    const result = await run(file('multiline.csv'));
    assert.deepEqual(
      result.errors.map((error) => [error.row, error.column]),
      [[3, '处罚决定日期']],
    );
  });

  test('a JSON Lines rejection file keeps the original keys and adds 错误原因', async () => {
    const rows = [samplePenaltyRow(1300), samplePenaltyRow(1301, { '罚款金额(万元)': '三万' })];
    fs.writeFileSync(file('partial.jsonl'), rows.map((row) => JSON.stringify(row)).join('\n'));
    const result = await run(file('partial.jsonl'), { mode: 'accept-valid' });
    assert.deepEqual(
      [result.status, result.created, result.rejected, result.rejectionFile],
      ['committed', 1, 1, file('partial.rejected.jsonl')],
    );
    const rejected = fs
      .readFileSync(file('partial.rejected.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(rejected.length, 1);
    assert.equal(rejected[0]['行政处罚决定书文号'], rows[1]['行政处罚决定书文号']);
    assert.match(rejected[0]['错误原因'], /^罚款金额\(万元\)：“三万”不是金额/);
  });

  test('the batch row counts add up, and a chunked import commits the same records as one chunk would', async () => {
    writeSampleCsv(file('chunked.csv'), PENALTY_HEADERS, rowsFrom(2000, 57));
    const result = await run(file('chunked.csv'), { chunkSize: 10 });
    assert.deepEqual([result.status, result.created], ['committed', 57]);
    const counted = await sql<{
      count: number;
    }>`select count(*)::int as count from records where batch_id = ${result.batchId}`.execute(store().db);
    assert.equal(Number(counted.rows[0].count), 57);
  });
});
