import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { AppError } from '../../domain/app-error.ts';

/**
 * An .xlsx is a zip: a few MB can expand to gigabytes (3.7 MB → 1.1 GB, parsed for minutes). Before
 * exceljs streams a workbook, its central directory is read and checked against limits — entry count, total
 * uncompressed size, each entry's compression ratio — so a bomb is refused without expanding anything. The directory
 * could lie, and exceljs reads the local entries in file order, so the entries must also tile the file exactly (no
 * entry hidden between them) and each one is inflated once, counting bytes, and refused as soon as it outgrows its
 * declared size.
 */
export interface XlsxLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Uncompressed / compressed size of any one entry. */
  maxRatio: number;
}

/** Defaults, each overridable in the environment (README: 导入限制). */
export function readXlsxLimits(env: NodeJS.ProcessEnv = process.env): XlsxLimits {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] && Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    maxEntries: number('XINPING_XLSX_MAX_ENTRIES', 10_000),
    maxUncompressedBytes: number('XINPING_XLSX_MAX_UNCOMPRESSED_MB', 2048) * 1024 * 1024,
    maxRatio: number('XINPING_XLSX_MAX_RATIO', 100),
  };
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;
/** A data descriptor after an entry's data: optional signature, CRC, sizes (12–24 bytes). */
const MAX_DESCRIPTOR = 24;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  offset: number;
  /** Where the entry's compressed bytes start (after its local header). */
  dataStart: number;
}

/** Over a limit: the message names the limit. */
function refuse(file: string, reason: string): AppError {
  return new AppError('INVALID_INPUT', `Excel 文件“${path.basename(file)}”未读取：${reason}`);
}

/** Not a well-formed archive: worded like the reader's own refusal of a broken workbook (read-xlsx-rows.ts). */
function corrupt(file: string, reason: string): AppError {
  return new AppError(
    'INVALID_INPUT',
    `Excel 文件已损坏或不是有效的 .xlsx 文件，无法读取（“${path.basename(file)}”：${reason}）`,
  );
}

function readAt(handle: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(handle, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

function readDirectory(file: string, handle: number, size: number, limits: XlsxLimits): Entry[] {
  const tailLength = Math.min(size, END_OF_DIRECTORY_SIZE + MAX_COMMENT);
  const tail = readAt(handle, size - tailLength, tailLength);
  let end = -1;
  for (let at = tail.length - END_OF_DIRECTORY_SIZE; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw corrupt(file, '不是完整的 xlsx 压缩包（找不到压缩包目录）');
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === ZIP64_MARK)
    throw refuse(file, '使用了 ZIP64 超大压缩包格式，超出导入限制');
  if (count > limits.maxEntries) throw refuse(file, `压缩包内有 ${count} 个文件，超过限制 ${limits.maxEntries} 个`);
  if (directoryOffset + directorySize > size - tailLength + end) throw corrupt(file, '压缩包目录已损坏');
  const directory = readAt(handle, directoryOffset, directorySize);
  const entries: Entry[] = [];
  let total = 0;
  for (let at = 0, index = 0; index < count; index += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY)
      throw corrupt(file, '压缩包目录已损坏');
    const entry: Entry = {
      method: directory.readUInt16LE(at + 10),
      compressed: directory.readUInt32LE(at + 20),
      uncompressed: directory.readUInt32LE(at + 24),
      offset: directory.readUInt32LE(at + 42),
      name: directory.toString('utf8', at + 46, at + 46 + directory.readUInt16LE(at + 28)),
      dataStart: 0,
    };
    at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    if (entry.compressed === ZIP64_MARK || entry.uncompressed === ZIP64_MARK || entry.offset === ZIP64_MARK)
      throw refuse(file, '使用了 ZIP64 超大压缩包格式，超出导入限制');
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw corrupt(file, `“${entry.name}”使用了不支持的压缩方式`);
    total += entry.uncompressed;
    if (total > limits.maxUncompressedBytes) {
      throw refuse(
        file,
        `解压后超过 ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB（解压后大小限制），疑似压缩炸弹`,
      );
    }
    if (entry.uncompressed > 0 && (entry.compressed === 0 || entry.uncompressed / entry.compressed > limits.maxRatio)) {
      throw refuse(file, `“${entry.name}”的压缩比超过 ${limits.maxRatio} 倍（压缩比限制），疑似压缩炸弹`);
    }
    entries.push(entry);
  }
  // The entries must tile the file from its first byte to the directory: a local entry the directory does not list
  // would still be streamed by the reader.
  entries.sort((a, b) => a.offset - b.offset);
  let expected = 0;
  for (const entry of entries) {
    if (entry.offset < expected || entry.offset > expected + (expected === 0 ? 0 : MAX_DESCRIPTOR))
      throw refuse(file, '压缩包内有目录未列出的内容');
    const local = readAt(handle, entry.offset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_HEADER) throw corrupt(file, '压缩包目录已损坏');
    entry.dataStart = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    expected = entry.dataStart + entry.compressed;
  }
  if (directoryOffset < expected || directoryOffset > expected + MAX_DESCRIPTOR)
    throw refuse(file, '压缩包内有目录未列出的内容');
  return entries;
}

/** Inflates one entry, counting output; stops and refuses once it outgrows its declared size. */
async function verifyEntry(file: string, entry: Entry, signal?: AbortSignal): Promise<void> {
  if (entry.compressed === 0) return;
  const source = fs.createReadStream(file, { start: entry.dataStart, end: entry.dataStart + entry.compressed - 1 });
  const output = entry.method === DEFLATED ? source.pipe(zlib.createInflateRaw()) : source;
  let produced = 0;
  try {
    for await (const chunk of output as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      produced += chunk.length;
      if (produced > entry.uncompressed)
        throw refuse(file, `“${entry.name}”解压后比压缩包目录登记的大小大，疑似压缩炸弹`);
    }
  } catch (error) {
    if (error instanceof AppError || signal?.aborted) throw error;
    throw corrupt(file, `“${entry.name}”已损坏，无法解压`);
  } finally {
    source.destroy();
  }
}

/** Throws an INVALID_INPUT AppError naming the limit when the workbook's archive exceeds one. */
export async function checkXlsxArchive(
  file: string,
  limits: XlsxLimits = readXlsxLimits(),
  signal?: AbortSignal,
): Promise<void> {
  const handle = fs.openSync(file, 'r');
  let entries: Entry[];
  try {
    entries = readDirectory(file, handle, fs.fstatSync(handle).size, limits);
  } finally {
    fs.closeSync(handle);
  }
  for (const entry of entries) await verifyEntry(file, entry, signal);
}
