import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { PENALTY_HEADERS, samplePenaltyRow, writeSampleXlsx } from '../../services/import/sample-files.ts';
import { createServerFixture, OTHER_DEPARTMENT, type ServerFixture } from '../server-test-fixture.ts';

const BAD_USCC = '91420703MA4F00000X';

async function xlsxBase64(rows: ReturnType<typeof samplePenaltyRow>[]): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-upload-'));
  const file = path.join(dir, 'penalties.xlsx');
  await writeSampleXlsx(file, PENALTY_HEADERS, rows);
  const content = fs.readFileSync(file).toString('base64');
  fs.rmSync(dir, { recursive: true, force: true });
  return content;
}

describeOnEachEngine('数据归集 over HTTP: upload, preview, commit, history, rejection file', (current) => {
  let fixture: ServerFixture;
  let operator: string;
  before(async () => {
    fixture = await createServerFixture(current());
    operator = await fixture.logIn('department_operator');
  });
  after(async () => fixture?.close());

  const upload = async (
    payload: Record<string, unknown>,
    role: 'department_operator' | 'admin' | 'reviewer' = 'department_operator',
  ) =>
    fixture.injectAs(
      role,
      { method: 'POST', url: '/api/imports/uploads', payload },
      role === 'department_operator' ? operator : undefined,
    );

  async function waitForJob(id: string) {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const job = (
        await fixture.injectAs('department_operator', { method: 'GET', url: `/api/imports/jobs/${id}` }, operator)
      ).json();
      if (job.status !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('import job did not finish');
  }

  test('the preview of a file with a bad row names the row, the column and the reason, and stores nothing', async () => {
    const before = await current().db.selectFrom('import_batches').select('id').execute();
    const rows = [
      samplePenaltyRow(1),
      samplePenaltyRow(2, { '行政相对人代码_1(统一社会信用代码)': BAD_USCC }),
      samplePenaltyRow(3),
    ];
    const response = await upload({ fileName: '三月处罚.xlsx', contentBase64: await xlsxBase64(rows) });
    assert.equal(response.statusCode, 201, response.body);
    const preview = response.json();
    assert.equal(preview.fileName, '三月处罚.xlsx');
    assert.equal(preview.department.code, 'scjg');
    assert.equal(preview.kind.code, 'administrative_penalty');
    assert.deepEqual([preview.totalRows, preview.validRows, preview.rejectedRows], [3, 2, 1]);
    assert.equal(preview.errors.length, 1);
    assert.equal(preview.errors[0].row, 3);
    assert.equal(preview.errors[0].column, '行政相对人代码_1(统一社会信用代码)');
    assert.match(preview.errors[0].reason, /校验|统一社会信用代码/);
    assert.equal(preview.sample[1].errors.length, 1);
    // Row 2 states a 公示截止期 of 2022-02-02; a 2021 warning alone is 轻微 and ends three months after the decision.
    assert.equal(preview.warningCount, 1);
    assert.deepEqual([preview.warnings[0].row, preview.warnings[0].column], [2, '公示截止期']);
    assert.match(preview.warnings[0].reason, /^文件的公示截止期 2022-02-02 与本平台计算的 2021-05-02 不一致/);
    assert.deepEqual(
      preview.sample.map((row: { warnings: unknown[] }) => row.warnings.length),
      [1, 0, 0],
    );
    const idColumn = preview.columns.findIndex((column: { column: string }) => column.column === '法定代表人证件号码');
    assert.equal(
      preview.sample[0].cells[idColumn],
      '（个人信息，预览不显示）',
      'personal numbers are not shown in the preview',
    );
    assert.deepEqual(
      await current().db.selectFrom('import_batches').select('id').execute(),
      before,
      'a preview writes no batch',
    );
    const again = await fixture.injectAs(
      'department_operator',
      { method: 'GET', url: `/api/imports/uploads/${preview.uploadId}` },
      operator,
    );
    assert.equal(again.json().errorCount, 1);
  });

  test('committing all-or-nothing refuses the whole batch; committing the valid rows keeps the bad row in a rejection file; both name the operator', async () => {
    const rows = [samplePenaltyRow(11), samplePenaltyRow(12, { '行政相对人代码_1(统一社会信用代码)': BAD_USCC })];
    const uploaded = await upload({ fileName: '四月处罚.xlsx', contentBase64: await xlsxBase64(rows) });
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const { uploadId } = uploaded.json();

    const strict = await fixture.injectAs(
      'department_operator',
      { method: 'POST', url: `/api/imports/uploads/${uploadId}/commit`, payload: { mode: 'all-or-nothing' } },
      operator,
    );
    assert.equal(strict.statusCode, 202, strict.body);
    assert.deepEqual(
      [strict.json().startedBy, strict.json().startedByName],
      ['dept', '区市场监管局报送员（演示）'],
      'the import job names who started it',
    );
    const refused = await waitForJob(strict.json().id);
    assert.equal(refused.status, 'done');
    assert.equal(refused.result.status, 'rejected');
    assert.match(refused.message, /整批未入库/);

    const lenient = await fixture.injectAs(
      'department_operator',
      { method: 'POST', url: `/api/imports/uploads/${uploadId}/commit`, payload: { mode: 'accept-valid' } },
      operator,
    );
    const committed = await waitForJob(lenient.json().id);
    assert.equal(committed.result.status, 'committed');
    assert.deepEqual(
      [committed.result.created, committed.result.rejected, committed.processed, committed.total],
      [1, 1, 2, 2],
    );
    assert.equal(committed.result.hasRejectionFile, true);
    assert.equal(committed.startedByName, '区市场监管局报送员（演示）', 'so does its progress');

    const history = (
      await fixture.injectAs('department_operator', { method: 'GET', url: '/api/imports/batches?limit=5' }, operator)
    ).json();
    const batch = history.items.find((item: { id: number }) => item.id === committed.result.batchId);
    assert.equal(batch.fileName, '四月处罚.xlsx');
    assert.equal(batch.status, 'committed');
    assert.equal(batch.hasRejectionFile, true);
    assert.equal(batch.operatorName, '区市场监管局报送员（演示）', 'the history names who imported the batch');
    assert.ok(
      history.items.some(
        (item: { id: number; status: string }) => item.id === refused.result.batchId && item.status === 'rejected',
      ),
    );

    const download = await fixture.injectAs(
      'department_operator',
      { method: 'GET', url: `/api/imports/batches/${batch.id}/rejections` },
      operator,
    );
    assert.equal(download.statusCode, 200);
    assert.match(
      download.headers['content-disposition'] as string,
      new RegExp(encodeURIComponent('四月处罚.拒收.xlsx')),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.equal(header.at(-1), '错误原因');
    assert.equal(sheet.rowCount, 2, 'the header and the one refused row');
    assert.equal(sheet.getRow(2).getCell(header.indexOf('行政相对人代码_1(统一社会信用代码)') + 1).value, BAD_USCC);

    const gone = await fixture.injectAs(
      'department_operator',
      { method: 'GET', url: `/api/imports/uploads/${uploadId}` },
      operator,
    );
    assert.equal(gone.statusCode, 404, 'a committed upload is removed');
  });

  test('a department operator imports only for its own department and sees only its own batches', async () => {
    const content = await xlsxBase64([samplePenaltyRow(21)]);
    const foreign = await upload({ fileName: 'x.xlsx', contentBase64: content, departmentCode: OTHER_DEPARTMENT });
    assert.equal(foreign.statusCode, 403);
    assert.match(foreign.json().error.message, /本部门/);
    const history = (
      await fixture.injectAs('department_operator', { method: 'GET', url: '/api/imports/batches?limit=200' }, operator)
    ).json();
    assert.ok(
      history.items.length > 0 &&
        history.items.every((item: { departmentCode: string }) => item.departmentCode === 'scjg'),
    );
    assert.equal(
      (
        await fixture.injectAs(
          'department_operator',
          { method: 'GET', url: `/api/imports/batches?departmentCode=${OTHER_DEPARTMENT}` },
          operator,
        )
      ).statusCode,
      403,
      'another department’s batches are refused',
    );
    const other = await current()
      .db.selectFrom('import_batches')
      .select('id')
      .where('department_code', '=', OTHER_DEPARTMENT)
      .executeTakeFirstOrThrow();
    const download = await fixture.injectAs(
      'department_operator',
      { method: 'GET', url: `/api/imports/batches/${other.id}/rejections` },
      operator,
    );
    assert.equal(download.statusCode, 403);
    assert.equal((await upload({ fileName: 'x.xlsx', contentBase64: content }, 'reviewer')).statusCode, 403);
  });

  test('the administrator names the department; wrong files are refused with the reason in Chinese', async () => {
    const content = await xlsxBase64([samplePenaltyRow(31)]);
    const unnamed = await upload({ fileName: 'x.xlsx', contentBase64: content }, 'admin');
    assert.equal(unnamed.statusCode, 400);
    assert.equal(unnamed.json().error.message, '请选择报送单位（departmentCode）');
    assert.equal(
      (await upload({ fileName: 'x.xlsx', contentBase64: content, departmentCode: 'scjg' }, 'admin')).statusCode,
      201,
    );
    const picture = await upload({ fileName: '照片.png', contentBase64: Buffer.from('png').toString('base64') });
    assert.equal(picture.statusCode, 400);
    assert.match(picture.json().error.message, /不支持的文件类型“\.png”/);
    const renamed = await upload({
      fileName: '伪装.xlsx',
      contentBase64: Buffer.from('not a workbook at all').toString('base64'),
    });
    assert.equal(renamed.statusCode, 400);
    assert.match(renamed.json().error.message, /不是有效的 Excel/);
  });
});
