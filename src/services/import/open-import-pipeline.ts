import { hash } from 'node:crypto';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { loadCatalog, type Department, type RecordKind } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { detectKind, mapHeaders, resolveKind, type HeaderMapping } from './map-headers.ts';
import { createRowNormalizer, type RowError } from './normalize-row.ts';
import { openRowReader } from './open-row-reader.ts';
import type { SecretKey } from './protect-personal.ts';
import { createRowAuthorityResolver } from './resolve-row-authority.ts';
import { scanFile, type FileScan } from './scan-file.ts';
import { listKnownUsccs, listLegacyAcceptedUsccs } from '../../store/enterprise.repository.ts';
import type { SourceRow } from './source-row.ts';

export interface ImportPipelineOptions {
  file: string;
  /** The name the department gave the file (the stored copy may be named otherwise); defaults to the file's name. */
  fileName?: string;
  /** Department code, full name or short name. */
  department: string;
  /** Record kind code or label; detected from the headers when absent. */
  kind?: string;
  secretKey: SecretKey;
  /** YYYY-MM-DD; defaults to today in the district. */
  today?: string;
  /** Aborted when nobody waits for the result any more: reading stops at the next row. */
  signal?: AbortSignal;
}

/** One data row after the whole pipeline: the record to store, or every problem the row has. */
export interface CheckedRow {
  source: SourceRow;
  /** Present only when the row has no error. */
  record: NormalizedRecord | null;
  errors: RowError[];
  /** Warnings of a row that would be stored (a rejected row reports its errors only). */
  warnings: RowError[];
  /** Another department whose decision this row is (its 处罚机关/许可机关): the file may be the wrong one. */
  otherDepartment?: string;
}

/**
 * A department file opened for import: the department, the kind and the header mapping are known; `rows()` yields the
 * data rows. Preview and commit both read files through this, so they report the same problems in the same words.
 */
export interface ImportPipeline {
  fileName: string;
  scan: FileScan;
  department: Department;
  kind: RecordKind;
  header: SourceRow;
  /** The header row as written, by column index. */
  headers: string[];
  mapping: HeaderMapping;
  /** Missing required columns and unknown columns, reported on the header row. */
  headerErrors: RowError[];
  /**
   * The data rows in file order, blank rows skipped, each mapped, normalized, validated and checked against the earlier
   * rows for a repeated natural key. Yields nothing when a required column is missing (no row can be valid).
   */
  rows(): AsyncGenerator<CheckedRow>;
  bytesRead(): number;
  /** Stops reading and releases the file. */
  close(): void;
}

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function filledCells(cells: readonly unknown[]): number {
  let filled = 0;
  for (const cell of cells) if (!isBlank(cell)) filled += 1;
  return filled;
}

/** The department, or NOT_FOUND listing the known ones. */
export function resolveDepartment(nameOrCode: string): Department {
  const catalog = loadCatalog();
  const department = catalog.department(nameOrCode);
  if (!department) {
    throw new AppError(
      'NOT_FOUND',
      `未知的报送单位“${nameOrCode}”。可用：${catalog.departments.map((candidate) => `${candidate.code}(${candidate.shortName})`).join('、')}`,
    );
  }
  return department;
}

function checkDepartmentMaySend(department: Department, kind: RecordKind): void {
  if (kind.departments.includes(department.code)) return;
  const allowed = kind.departments.map((code) => loadCatalog().department(code)?.shortName ?? code).join('、');
  throw new AppError(
    'FORBIDDEN',
    `${department.name}（${department.shortName}）不是“${kind.label}”的报送单位，不能导入此类记录。可报送“${kind.label}”的单位：${allowed}`,
  );
}

/**
 * Duplicate detection remembers every natural key of the file. A 96-bit digest instead of the key itself halves that
 * memory (about 60 bytes a row: 1,000,000 rows ≈ 60 MB); a false match would need a SHA-1 collision.
 */
function keyDigest(naturalKey: string): string {
  return hash('sha1', naturalKey, 'binary').slice(0, 12); // 'binary' is latin1: one character a byte
}

function keyColumnNames(kind: RecordKind): string {
  return kind.naturalKey.map((key) => kind.fields.find((field) => field.key === key)?.header ?? key).join('+');
}

/**
 * Opens a department file for import (read → map headers → normalize → validate → dedupe): detects the format, finds
 * the header (the first row with at least two filled cells, so a title row above it is skipped), resolves the kind and
 * checks the department may send it. Throws for a file that cannot be read at all; row problems come with the rows.
 */
export async function openImportPipeline(
  db: Kysely<Database>,
  options: ImportPipelineOptions,
): Promise<ImportPipeline> {
  const catalog = loadCatalog();
  const department = resolveDepartment(options.department);
  if (options.kind) checkDepartmentMaySend(department, resolveKind(catalog, options.kind));
  const fileName = options.fileName ?? path.basename(options.file);
  const scan = await scanFile(options.file, options.signal);
  const reader = openRowReader(options.file, scan);
  const sourceRows = reader.rows[Symbol.asyncIterator]();
  try {
    let header: SourceRow | undefined;
    for (let next = await sourceRows.next(); !next.done; next = await sourceRows.next()) {
      if (scan.format === 'json' || scan.format === 'ndjson' || filledCells(next.value.cells) >= 2) {
        header = next.value;
        break;
      }
    }
    if (!header) throw new AppError('INVALID_INPUT', `文件“${fileName}”没有表头行（也没有数据）`);
    const headerRow = header.row;
    const headers = header.cells.map((cell) => (cell === null || cell === undefined ? '' : String(cell)));
    const kind = options.kind ? resolveKind(catalog, options.kind) : detectKind(catalog, headers, department.code);
    checkDepartmentMaySend(department, kind);
    const mapping = mapHeaders(kind, headers);
    const headerErrors = [...mapping.missing, ...mapping.unknown].map((issue) => ({
      row: headerRow,
      column: issue.column,
      reason: issue.reason,
    }));

    // Codes that fail the check digit but an operator accepted as real legacy codes; not needed when no row is read.
    const legacyUsccs = mapping.missing.length > 0 ? new Set<string>() : await listLegacyAcceptedUsccs(db);

    // A kind that only concerns the district's own enterprises (record-kinds.yaml registered_subjects_only, e.g. the
    // SAMR risk classes) refuses a row naming an enterprise the platform does not know, instead of registering it.
    const knownUsccs =
      kind.isRegisteredSubjectsOnly && mapping.missing.length === 0 ? await listKnownUsccs(db) : undefined;
    const subjectHeader = (): string => {
      const index = mapping.columns.findIndex((field) => field?.role === 'subject_uscc');
      return index >= 0 ? headers[index]!.trim() : '统一社会信用代码';
    };

    async function* rows(): AsyncGenerator<CheckedRow> {
      if (mapping.missing.length > 0) return;
      const normalize = createRowNormalizer({
        kind,
        headers,
        columns: mapping.columns,
        departmentCode: department.code,
        rowAuthority: createRowAuthorityResolver(catalog, department, kind),
        secretKey: options.secretKey,
        legacyUsccs,
        today: options.today ?? todayInDistrict(),
      });
      const keyNames = keyColumnNames(kind);
      const firstRowOfKey = new Map<string, number>();
      for (let next = await sourceRows.next(); !next.done; next = await sourceRows.next()) {
        options.signal?.throwIfAborted();
        const source = next.value;
        if (source.cells.every(isBlank)) continue;
        const normalized = normalize(source.row, source.cells);
        const errors = normalized.errors ?? [];
        for (const key of source.extraKeys ?? []) {
          errors.push({
            row: source.row,
            column: key,
            reason: `字段“${key}”不在第一条记录中（列以第一条记录的字段为准）`,
          });
        }
        if (normalized.record && knownUsccs && !knownUsccs.has(normalized.record.subjectUscc)) {
          errors.push({
            row: source.row,
            column: subjectHeader(),
            reason: `统一社会信用代码“${normalized.record.subjectUscc}”不是本平台已有的企业，“${kind.label}”只接收本区企业的记录`,
          });
        }
        if (normalized.record) {
          const digest = keyDigest(normalized.record.naturalKey);
          const earlier = firstRowOfKey.get(digest);
          if (earlier !== undefined) {
            errors.push({
              row: source.row,
              column: keyNames,
              reason: `与第${earlier}行重复（${keyNames}相同：${normalized.record.naturalKey}），同一决定在一个文件中只能出现一次`,
            });
          } else {
            firstRowOfKey.set(digest, source.row);
          }
        }
        yield errors.length > 0
          ? { source, record: null, errors, warnings: [] }
          : {
              source,
              record: normalized.record!,
              errors,
              warnings: normalized.warnings ?? [],
              otherDepartment: normalized.record ? normalized.otherDepartment : undefined,
            };
      }
    }

    return {
      fileName,
      scan,
      department,
      kind,
      header,
      headers,
      mapping,
      headerErrors,
      rows,
      bytesRead: () => reader.bytesRead(),
      close: () => reader.close(),
    };
  } catch (error) {
    reader.close();
    throw error;
  }
}
