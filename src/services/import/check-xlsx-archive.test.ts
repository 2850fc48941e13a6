import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isAppError } from '../../domain/app-error.ts';
import { checkXlsxArchive, readXlsxLimits } from './check-xlsx-archive.ts';
import { PENALTY_HEADERS, samplePenaltyRow, writeSampleXlsx } from './sample-files.ts';
import { buildTestZip } from './test-zip.ts';

const MB = 1024 * 1024;

async function refusal(file: string, limits = readXlsxLimits({})): Promise<string> {
  try {
    await checkXlsxArchive(file, limits);
  } catch (error) {
    assert.ok(isAppError(error) && error.code === 'INVALID_INPUT', String(error));
    return error.userMessage;
  }
  assert.fail('the archive should have been refused');
}

describe('the .xlsx archive limits', () => {
  let dir: string;
  const write = (name: string, content: Buffer) => {
    fs.writeFileSync(path.join(dir, name), content);
    return path.join(dir, name);
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-zip-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a workbook as Excel tools write it passes', async () => {
    const file = path.join(dir, 'ok.xlsx');
    await writeSampleXlsx(
      file,
      PENALTY_HEADERS,
      Array.from({ length: 500 }, (_, n) => samplePenaltyRow(n)),
    );
    await checkXlsxArchive(file, readXlsxLimits({}));
  });

  test('a directory declaring a huge expansion is refused from the directory alone, naming the limit, before anything is expanded', async () => {
    // The data is not even valid deflate: a refusal naming the ratio proves no byte was inflated.
    const file = write(
      'declared-bomb.xlsx',
      buildTestZip([
        { name: 'xl/worksheets/sheet1.xml', deflated: Buffer.alloc(100 * 1024, 0xff), declaredSize: 1024 * MB },
      ]),
    );
    assert.match(await refusal(file), /“xl\/worksheets\/sheet1\.xml”的压缩比超过 100 倍（压缩比限制），疑似压缩炸弹/);
  });

  test('the total uncompressed size and the entry count have limits too, each named in the refusal', async () => {
    const sheet = Buffer.alloc(600 * 1024);
    const file = write(
      'many.xlsx',
      buildTestZip([
        { name: 'a.xml', content: sheet },
        { name: 'b.xml', content: sheet },
        { name: 'c.xml', content: sheet },
      ]),
    );
    assert.match(await refusal(file, { ...readXlsxLimits({}), maxEntries: 2 }), /压缩包内有 3 个文件，超过限制 2 个/);
    assert.match(
      await refusal(file, readXlsxLimits({ XINPING_XLSX_MAX_UNCOMPRESSED_MB: '1', XINPING_XLSX_MAX_RATIO: '1000000' })),
      /解压后超过 1 MB（解压后大小限制）/,
    );
  });

  test('an entry that expands beyond its declared size is stopped as soon as it does', async () => {
    const file = write(
      'lying.xlsx',
      buildTestZip([{ name: 'xl/sharedStrings.xml', content: Buffer.alloc(20 * MB), declaredSize: 1024 * 1024 }]),
    );
    assert.match(
      await refusal(file, { ...readXlsxLimits({}), maxRatio: 1e9 }),
      /“xl\/sharedStrings\.xml”解压后比压缩包目录登记的大小大，疑似压缩炸弹/,
    );
  });

  test('a local entry the directory does not list is refused (the streaming reader would still expand it)', async () => {
    const file = write(
      'hidden.xlsx',
      buildTestZip([
        { name: 'x.xml', content: Buffer.alloc(10 * MB), hidden: true },
        { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      ]),
    );
    assert.match(await refusal(file), /压缩包内有目录未列出的内容/);
  });
});
