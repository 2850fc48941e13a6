import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { writeSampleXlsx } from './sample-files.ts';
import { readXlsxRows } from './read-xlsx-rows.ts';

async function readAll(file: string): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for await (const row of readXlsxRows(file).rows) rows.push(row.cells);
  return rows;
}

test('a workbook whose zip stores workbook.xml after its sheets is read like any other', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-xlsx-'));
  try {
    const original = path.join(dir, 'original.xlsx');
    await writeSampleXlsx(
      original,
      ['企业名称', '备注'],
      [
        { 企业名称: '甲公司', 备注: '一' },
        { 企业名称: '乙公司', 备注: '二' },
      ],
    );
    const zip = await JSZip.loadAsync(fs.readFileSync(original));
    const reordered = new JSZip();
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    const isSheet = (name: string) => name.startsWith('xl/worksheets/sheet');
    // rels and shared strings first, then the sheet, workbook.xml at the very end
    const ordered = [
      ...names.filter((name) => !isSheet(name) && name !== 'xl/workbook.xml'),
      ...names.filter(isSheet),
      'xl/workbook.xml',
    ];
    for (const name of ordered) reordered.file(name, await zip.files[name].async('nodebuffer'));
    const moved = path.join(dir, 'moved.xlsx');
    fs.writeFileSync(moved, await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    assert.deepEqual(Object.keys((await JSZip.loadAsync(fs.readFileSync(moved))).files).at(-1), 'xl/workbook.xml');
    assert.deepEqual(await readAll(moved), await readAll(original));
    assert.deepEqual((await readAll(moved))[2], ['乙公司', '二']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
