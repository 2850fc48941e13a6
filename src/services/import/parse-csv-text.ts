/**
 * A CSV parser for the import's hot path (RFC 4180 as Chinese Excel writes it): fields separated by the delimiter,
 * records by LF, CRLF or CR, a field in double quotes may hold delimiters, line breaks and doubled quotes. It reads the
 * same records as csv-parse with { bom, relax_column_count, skip_empty_lines: false } and refuses the same malformed
 * quoting with the same error codes, at a fraction of its cost per row (no per-character callbacks, one slice per
 * field). Text arrives in pieces; a record cut by the end of a piece is finished with the next one.
 */
export interface CsvParser {
  /** The records completed by this piece of text (the last one may wait for the next piece). */
  push(text: string): string[][];
  /** The records left at the end of the input. */
  end(): string[][];
}

/** A malformed file: `code` as csv-parse names it, `records` the number of records read before the broken one. */
export class CsvParseError extends Error {
  constructor(
    readonly code: 'CSV_QUOTE_NOT_CLOSED' | 'CSV_INVALID_CLOSING_QUOTE' | 'CSV_INVALID_OPENING_QUOTE',
    readonly records: number,
  ) {
    super(`${code} after ${records} records`);
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const BOM = '\uFEFF';
/** Not a character: marks CRLF as the record delimiter. */
const CRLF = -1;

export function createCsvParser(delimiter: string): CsvParser {
  const separator = delimiter.charCodeAt(0);
  let pending = '';
  let isStart = true;
  let records = 0;
  /** LF, CR or CRLF: the first line break outside quotes decides, as csv-parse's auto-detection does. */
  let recordDelimiter: number | undefined;

  /** Whether the CR or LF at `at` ends a record (deciding the file's line break if none was seen yet). */
  function endsRecord(input: string, at: number): boolean {
    const code = input.charCodeAt(at);
    const isCrlf = code === CR && input.charCodeAt(at + 1) === LF;
    recordDelimiter ??= isCrlf ? CRLF : code;
    return recordDelimiter === CRLF ? isCrlf : code === recordDelimiter;
  }

  /** Parses `input` from the start; returns the records and where the unfinished rest begins. */
  function parse(input: string, isLast: boolean): string[][] {
    const out: string[][] = [];
    const length = input.length;
    let position = 0;
    while (position < length) {
      const start = position;
      const cells: string[] = [];
      for (;;) {
        let wasQuoted = false;
        if (input.charCodeAt(position) === QUOTE) {
          wasQuoted = true;
          let value = '';
          let from = position + 1;
          for (;;) {
            const quote = input.indexOf('"', from);
            if (quote < 0 || (quote + 1 >= length && !isLast)) {
              if (isLast) throw new CsvParseError('CSV_QUOTE_NOT_CLOSED', records);
              pending = input.slice(start);
              return out;
            }
            if (input.charCodeAt(quote + 1) === QUOTE) {
              value += input.slice(from, quote + 1);
              from = quote + 2;
              continue;
            }
            value += input.slice(from, quote);
            position = quote + 1;
            break;
          }
          cells.push(value);
        } else {
          let end = position;
          for (; end < length; end += 1) {
            const code = input.charCodeAt(end);
            if (code === separator) break;
            if (code === LF || code === CR) {
              // Needs the next character to tell CR from CRLF: wait for the next piece.
              if (code === CR && end + 1 >= length && !isLast) break;
              if (endsRecord(input, end)) break;
              continue;
            }
            if (code === QUOTE) throw new CsvParseError('CSV_INVALID_OPENING_QUOTE', records);
          }
          if (end >= length && !isLast) {
            pending = input.slice(start);
            return out;
          }
          cells.push(input.slice(position, end));
          position = end;
        }
        if (position >= length) {
          if (!isLast) {
            pending = input.slice(start);
            return out;
          }
          break;
        }
        const code = input.charCodeAt(position);
        if (code === separator) {
          position += 1;
          if (position >= length) {
            if (!isLast) {
              pending = input.slice(start);
              return out;
            }
            cells.push('');
            break;
          }
          continue;
        }
        if (code === CR && position + 1 >= length && !isLast) {
          pending = input.slice(start);
          return out;
        }
        if ((code === LF || code === CR) && endsRecord(input, position)) {
          position += recordDelimiter === CRLF ? 2 : 1;
          break;
        }
        throw new CsvParseError(wasQuoted ? 'CSV_INVALID_CLOSING_QUOTE' : 'CSV_INVALID_OPENING_QUOTE', records);
      }
      out.push(cells);
      records += 1;
    }
    pending = '';
    return out;
  }

  const take = (text: string, isLast: boolean) => {
    let input = pending + text;
    if (isStart && (input.length > 0 || isLast)) {
      if (input.startsWith(BOM)) input = input.slice(1);
      isStart = input.length === 0 && !isLast;
    }
    pending = '';
    return parse(input, isLast);
  };
  return { push: (text) => take(text, false), end: () => take('', true) };
}
