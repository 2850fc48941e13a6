import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { AppError } from '../../domain/app-error.ts';
import { checkXlsxArchive } from './check-xlsx-archive.ts';

export type FileFormat = 'xlsx' | 'csv' | 'json' | 'ndjson';
export type TextEncoding = 'utf8' | 'gb18030' | 'utf16le';

/** What one read of the whole file tells before any row is parsed. */
export interface FileScan {
  format: FileFormat;
  /** SHA-256 of the bytes, kept with the batch as provenance. */
  hash: string;
  size: number;
  /**
   * Text files: UTF-8 when every byte sequence is valid UTF-8 (BOM or not), otherwise GBK (read as GB18030, its
   * superset); UTF-16 when the file starts with its byte-order mark (Excel's “Unicode 文本” export).
   */
  encoding: TextEncoding;
  /** CSV: comma, or tab when the header line has tabs and no commas. */
  delimiter: string;
}

const HEAD_BYTES = 64 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

/** Bytes that never appear in a text file (NUL and most C0 controls); their presence means binary content. */
function isBinary(head: Buffer): boolean {
  let suspicious = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b)
      suspicious += 1;
  }
  return suspicious > head.length / 100;
}

/** Length of an incomplete UTF-8 sequence at the end of a chunk (to carry into the next chunk), 0 if none. */
function incompleteTail(chunk: Buffer): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back += 1) {
    const byte = chunk[chunk.length - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

function formatFromName(file: string): FileFormat | 'xls' | undefined {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx' || extension === '.xlsm') return 'xlsx';
  if (extension === '.xls') return 'xls';
  if (extension === '.csv' || extension === '.txt') return 'csv';
  if (extension === '.json') return 'json';
  if (extension === '.ndjson' || extension === '.jsonl') return 'ndjson';
  return undefined;
}

/**
 * Reads the file once (hash, encoding check) and decides how to parse it from its name and its first bytes, so a
 * PNG renamed .xlsx or random bytes named .csv are refused with a clear reason instead of a parser's stack trace,
 * and a zip bomb named .xlsx before anything is expanded (check-xlsx-archive.ts).
 */
export async function scanFile(file: string, signal?: AbortSignal): Promise<FileScan> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    throw new AppError('NOT_FOUND', `找不到文件“${file}”`);
  }
  if (!stat.isFile()) throw new AppError('INVALID_INPUT', `“${file}”不是文件`);
  if (stat.size === 0)
    throw new AppError('INVALID_INPUT', `文件“${path.basename(file)}”为空（0 字节），没有表头也没有数据`);

  const hash = createHash('sha256');
  let head = Buffer.alloc(0);
  let carry = Buffer.alloc(0);
  let validUtf8 = true;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
    if (validUtf8) {
      const joined = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const tail = incompleteTail(joined);
      validUtf8 = isUtf8(joined.subarray(0, joined.length - tail));
      carry = Buffer.from(joined.subarray(joined.length - tail));
    }
  }
  if (carry.length > 0) validUtf8 = false;

  const named = formatFromName(file);
  const isZip = head.subarray(0, 4).equals(ZIP_MAGIC);
  if (head.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new AppError(
      'INVALID_INPUT',
      `文件“${path.basename(file)}”是旧版 Excel(.xls)格式，请在 Excel 中“另存为” .xlsx 或 CSV 后再导入`,
    );
  }
  if (named === 'xlsx' && !isZip) {
    throw new AppError(
      'INVALID_INPUT',
      `文件“${path.basename(file)}”不是有效的 Excel(.xlsx)文件：内容不是 xlsx 格式（可能是改了扩展名的其他文件）`,
    );
  }
  const isUtf16 = head.subarray(0, 2).equals(UTF16LE_BOM);
  let format: FileFormat;
  if (isUtf16) {
    if (named !== 'csv' && named !== undefined)
      throw new AppError('INVALID_INPUT', `文件“${path.basename(file)}”是 UTF-16 文本，只能按 CSV/制表符文本导入`);
    format = 'csv';
  } else if (isZip) {
    if (named && named !== 'xlsx')
      throw new AppError(
        'INVALID_INPUT',
        `文件“${path.basename(file)}”的扩展名是 ${path.extname(file)}，但内容是压缩包/Excel 文件`,
      );
    format = 'xlsx';
  } else {
    if (isBinary(head)) {
      throw new AppError(
        'INVALID_INPUT',
        `文件“${path.basename(file)}”不是文本文件（含有二进制内容），无法按 ${named === 'json' || named === 'ndjson' ? 'JSON' : 'CSV'} 读取`,
      );
    }
    const text = head
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    if (named === 'json' || named === 'ndjson' || (!named && (text.startsWith('[') || text.startsWith('{')))) {
      format = text.startsWith('[') ? 'json' : 'ndjson';
      if (!text.startsWith('[') && !text.startsWith('{'))
        throw new AppError('INVALID_INPUT', `文件“${path.basename(file)}”不是 JSON：应以 [ 或 { 开头`);
    } else if (named === 'csv' || !named) {
      format = 'csv';
    } else {
      throw new AppError('INVALID_INPUT', `不支持的文件类型“${path.extname(file)}”，请使用 .xlsx、.csv 或 .json`);
    }
    if ((format === 'json' || format === 'ndjson') && !validUtf8)
      throw new AppError('INVALID_INPUT', `JSON 文件“${path.basename(file)}”不是 UTF-8 编码`);
  }
  // A workbook's archive is checked against the zip limits before any part of it is expanded.
  if (format === 'xlsx') await checkXlsxArchive(file, undefined, signal);
  const encoding: TextEncoding = isUtf16 ? 'utf16le' : validUtf8 ? 'utf8' : 'gb18030';
  let delimiter = ',';
  if (format === 'csv') {
    const firstLine = iconv.decode(head, encoding).split(/\r?\n/, 1)[0];
    if (firstLine.includes('\t') && !firstLine.includes(',')) delimiter = '\t';
  }
  return { format, hash: hash.digest('hex'), size: stat.size, encoding, delimiter };
}
