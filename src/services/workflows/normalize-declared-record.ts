import { loadCatalog, type RecordKind } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import { DECLARATION_CATEGORY_LABELS, type DeclarationCategory } from '../../domain/workflows/declaration-workflow.ts';
import { mapHeaders } from '../import/map-headers.ts';
import { createRowNormalizer } from '../import/normalize-row.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import type { EnterpriseRef } from './find-enterprise.ts';

/**
 * Self-declared records are attributed to the credit office, 区发改经信局 (lead unit of 000 §二(一) for building
 * enterprises' credit records), unless the kind is not one it may hold; then to the kind's first department.
 */
const DECLARATION_DEPARTMENT = 'fgjx';

/** The category a declared kind falls in: 荣誉表彰, 专业资质, or any other positive kind as 其他信息. */
export function categoryOfKind(kind: RecordKind): DeclarationCategory {
  if (kind.code === 'honor' || kind.code === 'qualification') return kind.code;
  return 'other';
}

/** The positive kinds an enterprise may declare (001 §二(二) 荣誉表彰、专业资质或其他信息). */
export function resolveDeclarableKind(code: string): RecordKind {
  const kind = loadCatalog().kind(code);
  if (!kind || kind.polarity !== 'positive') {
    throw new AppError(
      'INVALID_INPUT',
      `字段“信息类别”：“${code}”不是可自主申报的信息类别（只能申报荣誉表彰、专业资质等正面信息）`,
    );
  }
  return kind;
}

/**
 * Validates declared fields (keyed by the same Chinese headers as a department's file) with the importer's own row
 * rules, with the enterprise's name and code filled in from its account, and returns the record it would become.
 */
export function normalizeDeclaredRecord(
  kind: RecordKind,
  enterprise: EnterpriseRef,
  fields: Record<string, string | number | null>,
  context: { secretKey: SecretKey; today: string; provenance?: Record<string, unknown> },
): NormalizedRecord {
  const identity = kind.fields
    .filter((field) => field.role === 'subject_uscc' || field.role === 'subject_name')
    .flatMap((field) => [field.header, ...field.aliases]);
  const row: Record<string, unknown> = Object.fromEntries(
    Object.entries(fields).filter(([header]) => !identity.includes(header)),
  );
  row[kind.fields.find((field) => field.role === 'subject_name')!.header] = enterprise.name;
  row[kind.fields.find((field) => field.role === 'subject_uscc')!.header] = enterprise.uscc;
  const headers = Object.keys(row);
  const mapping = mapHeaders(kind, headers);
  const problems = [...mapping.missing, ...mapping.unknown];
  if (problems.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      `${DECLARATION_CATEGORY_LABELS[categoryOfKind(kind)]}（${kind.label}）填写有误：${problems.map((problem) => `字段“${problem.column}”${problem.reason}`).join('；')}`,
    );
  const departmentCode = kind.departments.includes(DECLARATION_DEPARTMENT)
    ? DECLARATION_DEPARTMENT
    : kind.departments[0]!;
  const normalize = createRowNormalizer({
    kind,
    headers,
    columns: mapping.columns,
    departmentCode,
    secretKey: context.secretKey,
    legacyUsccs: new Set([enterprise.uscc]),
    today: context.today,
  });
  const result = normalize(
    1,
    headers.map((header) => row[header]),
  );
  if (result.errors)
    throw new AppError(
      'INVALID_INPUT',
      `${kind.label}填写有误：${result.errors.map((error) => `字段“${error.column}”${error.reason}`).join('；')}`,
    );
  return { ...result.record, fields: { ...result.record.fields, ...context.provenance } };
}
