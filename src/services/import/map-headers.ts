import type { Catalog, FieldDefinition, RecordKind } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';

/** The column the importer adds to rejection files; a corrected rejection file can be imported as it is. */
export const REJECTION_REASON_HEADER = '错误原因';

/** A problem with the header row, reported before any data row (row 1 in the file's terms). */
export interface HeaderIssue {
  column: string;
  reason: string;
}

export interface HeaderMapping {
  /** The field each column holds, by column index; null for columns that are ignored. */
  columns: Array<FieldDefinition | null>;
  /** Fatal: no row can be read (a required column is missing, or a field appears twice). */
  missing: HeaderIssue[];
  /** Columns that match no field of the kind: their values would be lost, so they are errors too. */
  unknown: HeaderIssue[];
}

/**
 * Headers compare after dropping all white space and folding full-width brackets and underscores, so
 * `罚款金额（万元）`, ` 罚款金额(万元) ` and `罚款金额(万元)` are the same column.
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/[\s\u3000\uFEFF]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/＿/g, '_')
    .toLowerCase();
}

function headerNames(field: FieldDefinition): string[] {
  return [field.header, ...field.aliases, field.key].map(normalizeHeader);
}

const fieldIndexes = new WeakMap<RecordKind, Map<string, FieldDefinition>>();

function fieldsByHeader(kind: RecordKind): Map<string, FieldDefinition> {
  let index = fieldIndexes.get(kind);
  if (!index) {
    index = new Map();
    for (const field of kind.fields) {
      for (const name of headerNames(field)) if (!index.has(name)) index.set(name, field);
    }
    fieldIndexes.set(kind, index);
  }
  return index;
}

/** Maps a header row onto the fields of a kind. */
export function mapHeaders(kind: RecordKind, headers: string[]): HeaderMapping {
  const index = fieldsByHeader(kind);
  const columns: Array<FieldDefinition | null> = [];
  const missing: HeaderIssue[] = [];
  const unknown: HeaderIssue[] = [];
  const seen = new Map<string, string>();
  for (const header of headers) {
    const name = normalizeHeader(header);
    if (name === '' || name === REJECTION_REASON_HEADER) {
      columns.push(null);
      continue;
    }
    const field = index.get(name);
    if (!field) {
      unknown.push({
        column: header.trim(),
        reason: `表头“${header.trim()}”不是“${kind.label}”的字段，该列数据无法入库`,
      });
      columns.push(null);
      continue;
    }
    const earlier = seen.get(field.key);
    if (earlier !== undefined) {
      missing.push({ column: header.trim(), reason: `表头“${header.trim()}”与“${earlier}”是同一字段，只能出现一次` });
      columns.push(null);
      continue;
    }
    seen.set(field.key, header.trim());
    columns.push(field);
  }
  for (const field of kind.fields) {
    if (field.required && !seen.has(field.key))
      missing.push({ column: field.header, reason: `缺少必填列“${field.header}”` });
  }
  return { columns, missing, unknown };
}

/** How many headers a kind recognises, and whether all its required fields are there. */
function scoreKind(kind: RecordKind, headers: string[]): { known: number; complete: boolean } {
  const mapping = mapHeaders(kind, headers);
  return { known: mapping.columns.filter(Boolean).length, complete: mapping.missing.length === 0 };
}

// The 双公示 files carry a column no other kind has (DOMAIN.md §5): the decision number's national header.
const DISTINCTIVE_HEADERS: Array<{ header: string; kind: string }> = [
  { header: '行政处罚决定书文号', kind: 'administrative_penalty' },
  { header: '行政许可决定文书号', kind: 'administrative_license' },
];

/**
 * Picks the record kind a file holds from its headers: a 双公示 file by its distinctive column; otherwise the kind
 * whose required columns all appear and that recognises the most columns. Kinds the sending department may report
 * are tried first (社保欠缴 and 公积金欠缴 share their columns, but 区人社局 only sends the first); a tie that remains
 * cannot be settled from the file: the operator must name the kind.
 */
export function detectKind(catalog: Catalog, headers: string[], departmentCode?: string): RecordKind {
  const names = new Set(headers.map(normalizeHeader));
  for (const { header, kind } of DISTINCTIVE_HEADERS) {
    if (names.has(normalizeHeader(header))) return catalog.kind(kind)!;
  }
  const candidates = catalog.kinds
    .map((kind) => ({ kind, ...scoreKind(kind, headers) }))
    .filter((candidate) => candidate.complete)
    .sort((a, b) => b.known - a.known);
  if (candidates.length === 0) {
    throw new AppError(
      'INVALID_INPUT',
      '无法从表头识别数据类别：没有哪一类记录的必填列全部出现。请核对表头，或用 --kind 指定类别',
      {
        details: { headers },
      },
    );
  }
  const allowed = candidates.filter(
    (candidate) => departmentCode !== undefined && candidate.kind.departments.includes(departmentCode),
  );
  const pool = allowed.length > 0 ? allowed : candidates;
  const best = pool.filter((candidate) => candidate.known === pool[0].known);
  if (best.length > 1) {
    throw new AppError(
      'INVALID_INPUT',
      `表头同时符合${best.map((candidate) => `“${candidate.kind.label}”(${candidate.kind.code})`).join('、')}，请用 --kind 指定类别`,
    );
  }
  return best[0].kind;
}

/** Finds a kind by its code or its Chinese label. */
export function resolveKind(catalog: Catalog, codeOrLabel: string): RecordKind {
  const wanted = codeOrLabel.trim();
  const kind = catalog.kind(wanted) ?? catalog.kinds.find((candidate) => candidate.label === wanted);
  if (!kind) {
    throw new AppError(
      'NOT_FOUND',
      `未知的数据类别“${wanted}”。可用类别：${catalog.kinds.map((candidate) => `${candidate.code}(${candidate.label})`).join('、')}`,
    );
  }
  return kind;
}
