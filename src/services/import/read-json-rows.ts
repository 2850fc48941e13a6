import fs from 'node:fs';
import readline from 'node:readline';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { AppError } from '../../domain/app-error.ts';
import type { RowReader, SourceRow } from './source-row.ts';

/**
 * Turns JSON objects into rows. The first object's keys become the header (yielded as row 1, so header problems point at the first object); later objects are
 * laid out on those columns, and keys the first object did not have are reported by the importer.
 */
async function* objectsToRows(objects: AsyncIterable<{ position: number; value: unknown }>): AsyncGenerator<SourceRow> {
  let header: string[] | undefined;
  let known: Set<string> | undefined;
  for await (const { position, value } of objects) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new AppError('INVALID_INPUT', `JSON 第${position}条不是对象（应为 {"表头": 值， …}）`);
    }
    const record = value as Record<string, unknown>;
    if (!header) {
      header = Object.keys(record);
      known = new Set(header);
      yield { row: 1, cells: header };
    }
    const cells = header.map((key) => record[key] ?? null);
    const extraKeys = Object.keys(record).filter((key) => !known!.has(key));
    yield extraKeys.length > 0 ? { row: position, cells, extraKeys } : { row: position, cells };
  }
}

function countingStream(file: string): { input: fs.ReadStream; bytesRead: () => number } {
  let bytes = 0;
  const input = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  input.on('data', (chunk) => {
    bytes += chunk.length;
  });
  return { input, bytesRead: () => bytes };
}

/** A JSON array of objects, streamed element by element with stream-json. */
export function readJsonArrayRows(file: string): RowReader {
  const { input, bytesRead } = countingStream(file);
  const elements = input.pipe(streamArray.withParserAsStream());
  input.on('error', (error) => elements.destroy(error));
  async function* objects() {
    try {
      for await (const { key, value } of elements as AsyncIterable<{ key: number; value: unknown }>)
        yield { position: key + 1, value };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('INVALID_INPUT', `JSON 格式错误：${(error as Error).message}`, { cause: error });
    }
  }
  return { rows: objectsToRows(objects()), bytesRead, close: () => input.destroy() };
}

/** NDJSON / JSON Lines: one object per line; the line number is the row number, blank lines are skipped. */
export function readNdjsonRows(file: string): RowReader {
  const { input, bytesRead } = countingStream(file);
  async function* objects() {
    let line = 0;
    for await (const text of readline.createInterface({ input, crlfDelay: Infinity })) {
      line += 1;
      const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
      if (trimmed === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(trimmed);
      } catch (error) {
        throw new AppError('INVALID_INPUT', `JSON 第${line}行格式错误：${(error as Error).message}`, { cause: error });
      }
      yield { position: line, value };
    }
  }
  return { rows: objectsToRows(objects()), bytesRead, close: () => input.destroy() };
}
