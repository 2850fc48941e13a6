import type { FieldDefinition, FieldRole, RecordKind } from '../../catalog/catalog.ts';
import type { PublicityResolver } from '../../domain/publicity.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import { loadUsccAuthorities } from '../../catalog/uscc-authorities.ts';
import { validateUscc, type UsccValidation } from '../../domain/uscc.ts';
import { loadPublicityResolver } from '../../engine/load-publicity-rules.ts';
import { comparePublicityUntil } from './compare-publicity-until.ts';
import { derivePenaltyLevel, loadPenaltyLevelTable, type PenaltyLevelTable } from './derive-penalty-level.ts';
import { mapRecordStatus } from './map-record-status.ts';
import { parseFieldValue } from './parse-field-value.ts';
import { protectPersonal, type SecretKey } from './protect-personal.ts';
import type { RowAuthority } from './resolve-row-authority.ts';

/** One problem in one cell (or the row as a whole), as the department will read it. */
export interface RowError {
  /** Row number as Excel shows it: the header is row 1. */
  row: number;
  /** The column's header as written in the file. */
  column: string;
  /** Why, in Chinese. */
  reason: string;
}

/**
 * A stored row may carry warnings (same shape as errors): things worth a second look that do not stop the row, shown
 * in the preview and counted on the batch.
 */
export type NormalizedRow =
  | { record: NormalizedRecord; warnings: RowError[]; errors?: undefined; otherDepartment?: string }
  | { record?: undefined; warnings?: undefined; errors: RowError[] };

export interface RowContext {
  kind: RecordKind;
  /** The header row as written, by column index. */
  headers: string[];
  /** The field of each column (null: ignored column). */
  columns: Array<FieldDefinition | null>;
  departmentCode: string;
  secretKey: SecretKey;
  /** Codes that fail validation but an operator accepted as real legacy codes (legacy_uscc_acceptances). */
  legacyUsccs: ReadonlySet<string>;
  /** Today's date, YYYY-MM-DD: no decision can be dated later. */
  today: string;
  levelTable?: PenaltyLevelTable;
  /** For files of a department that relays others' records: each row's department from its own authority. */
  rowAuthority?: (fields: Record<string, unknown>) => RowAuthority;
  publicity?: PublicityResolver;
}

const PENALTY_KIND = 'administrative_penalty';
// Added to a record's fields when a cell said 长期 / 2099-12-31: the record has no end (ends_on stays null).
const LONG_TERM_FIELD = 'long_term';
// Added when the importer derived 失信严重程度 (catalog/penalty-levels.yaml): the id of the rule that decided it.
const SEVERITY_RULE_FIELD = 'severity_rule';
const CONFISCATED_AMOUNT_FIELD = 'confiscated_amount';
const PUBLICITY_UNTIL_FIELD = 'publicity_until';

function roleField(kind: RecordKind, role: FieldRole): FieldDefinition | undefined {
  return kind.fields.find((field) => field.role === role);
}

function asText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function asNumber(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/**
 * validateUscc remembering its last answer: a column of authority codes repeats one code on every row of a file, and
 * a code's validation depends on the code alone.
 */
function createUsccValidator(): (input: string) => UsccValidation {
  let lastInput: string | undefined;
  let last: UsccValidation | undefined;
  return (input) => {
    if (input !== lastInput || !last) {
      last = validateUscc(input, loadUsccAuthorities());
      lastInput = input;
    }
    return last;
  };
}

/**
 * Builds the function that turns one data row into a NormalizedRecord, or into every error the row has (not just the
 * first), so a department can fix a file in one pass. Everything per kind is worked out once here, not per row.
 */
export function createRowNormalizer(context: RowContext): (row: number, cells: readonly unknown[]) => NormalizedRow {
  const { kind, headers, columns, departmentCode, secretKey, legacyUsccs, today } = context;
  const levelTable = kind.code === PENALTY_KIND ? (context.levelTable ?? loadPenaltyLevelTable()) : undefined;
  const roles = {
    subjectUscc: roleField(kind, 'subject_uscc')!,
    subjectName: roleField(kind, 'subject_name')!,
    occurredOn: roleField(kind, 'occurred_on'),
    endsOn: roleField(kind, 'ends_on'),
    level: roleField(kind, 'level'),
    subtype: roleField(kind, 'subtype'),
    grade: roleField(kind, 'grade'),
    amount: roleField(kind, 'amount'),
    quantity: roleField(kind, 'quantity'),
    status: roleField(kind, 'status'),
  };
  const columnOf = new Map<string, string>();
  columns.forEach((field, index) => field && columnOf.set(field.key, headers[index].trim()));
  const headerOf = (field: FieldDefinition) => columnOf.get(field.key) ?? field.header;
  const mapped = columns
    .map((field, index) =>
      field
        ? {
            index,
            field,
            header: headers[index].trim(),
            checkUscc: field.type === 'uscc' ? createUsccValidator() : undefined,
          }
        : undefined,
    )
    .filter((column) => column !== undefined);
  // Columns whose cells would be lost: no field and no header (a filled cell there is an error).
  const isHeaderless = Array.from(
    { length: Math.max(columns.length, headers.length) },
    (_, index) => !columns[index] && !(index < headers.length && headers[index].trim() !== ''),
  );
  const required = kind.fields.filter((field) => field.required && columnOf.has(field.key));
  const publicityUntil = kind.fields.find((field) => field.key === PUBLICITY_UNTIL_FIELD && columnOf.has(field.key));
  const publicity = publicityUntil ? (context.publicity ?? loadPublicityResolver()) : undefined;

  return (row, cells) => {
    const errors: RowError[] = [];
    const fields: Record<string, unknown> = {};
    let endsLongTerm = false;
    for (const { index, field, header, checkUscc } of mapped) {
      const parsed = parseFieldValue(field, cells[index]);
      if ('error' in parsed) {
        errors.push({ row, column: header, reason: parsed.error });
        continue;
      }
      let value = parsed.value;
      if (value === null) continue;
      if (checkUscc) {
        const validation = checkUscc(value as string);
        if (!validation.valid && !legacyUsccs.has(validation.normalized)) {
          errors.push({ row, column: header, reason: `统一社会信用代码“${value}”无效：${validation.reason}` });
          continue;
        }
        value = validation.normalized;
      }
      if (parsed.longTerm && field === roles.endsOn) endsLongTerm = true;
      fields[field.key] = field.personal ? protectPersonal(String(value), secretKey) : value;
    }
    // Cells in columns without a header would be lost silently: say so.
    for (let index = 0; index < cells.length; index += 1) {
      if (index < isHeaderless.length && !isHeaderless[index]) continue;
      const cell = cells[index];
      if (cell !== null && cell !== undefined && String(cell).trim() !== '') {
        errors.push({ row, column: `第${index + 1}列`, reason: `该列没有表头，内容“${String(cell).trim()}”无法入库` });
      }
    }
    for (const field of required) {
      if (fields[field.key] === undefined && !errors.some((error) => error.column === headerOf(field))) {
        errors.push({ row, column: headerOf(field), reason: '必填项为空' });
      }
    }

    const occurredOn = roles.occurredOn ? (asText(fields[roles.occurredOn.key]) ?? null) : null;
    let endsOn = roles.endsOn ? (asText(fields[roles.endsOn.key]) ?? null) : null;
    if (endsLongTerm) {
      endsOn = null;
      fields[LONG_TERM_FIELD] = true;
    }
    if (occurredOn && occurredOn > today) {
      errors.push({ row, column: headerOf(roles.occurredOn!), reason: `日期 ${occurredOn} 晚于今天（${today}）` });
    }
    if (occurredOn && endsOn && endsOn < occurredOn) {
      errors.push({
        row,
        column: headerOf(roles.endsOn!),
        reason: `截止日期 ${endsOn} 早于${headerOf(roles.occurredOn!)} ${occurredOn}`,
      });
    }
    const authority = context.rowAuthority?.(fields);
    if (authority && 'reason' in authority)
      errors.push({ row, column: columnOf.get('authority') ?? authority.column, reason: authority.reason });
    if (errors.length > 0) return { errors };

    let level = roles.level ? asText(fields[roles.level.key]) : null;
    if (level === null && levelTable && roles.subtype) {
      const totalAmount =
        (asNumber(fields[roles.amount?.key ?? '']) ?? 0) + (asNumber(fields[CONFISCATED_AMOUNT_FIELD]) ?? 0);
      const derived = derivePenaltyLevel(
        { category: String(fields[roles.subtype.key] ?? ''), totalAmount, decidedOn: occurredOn ?? today },
        levelTable,
      );
      level = derived.level;
      fields[SEVERITY_RULE_FIELD] = derived.ruleId;
    }
    const statusValue = roles.status ? fields[roles.status.key] : undefined;
    const record: NormalizedRecord = {
      sourceRow: row,
      subjectUscc: fields[roles.subjectUscc.key] as string,
      subjectName: fields[roles.subjectName.key] as string,
      kind: kind.code,
      naturalKey: kind.naturalKey.map((key) => String(fields[key] ?? '')).join('|'),
      departmentCode: authority && 'departmentCode' in authority ? authority.departmentCode : departmentCode,
      status: mapRecordStatus(roles.status, statusValue),
      occurredOn,
      endsOn,
      level,
      subtype: roles.subtype ? asText(fields[roles.subtype.key]) : null,
      grade: roles.grade ? asText(fields[roles.grade.key]) : null,
      amount: roles.amount ? asNumber(fields[roles.amount.key]) : null,
      quantity: roles.quantity ? asNumber(fields[roles.quantity.key]) : null,
      fields,
    };
    const warning = publicity ? comparePublicityUntil(publicity, record, headerOf(publicityUntil!), today) : null;
    const authorityWarning =
      authority && 'departmentCode' in authority && authority.warning
        ? { row, column: columnOf.get('authority') ?? authority.warning.column, reason: authority.warning.reason }
        : null;
    const warnings = [warning, authorityWarning].filter((item): item is RowError => item !== null);
    return authorityWarning
      ? {
          record,
          warnings,
          otherDepartment: (authority as { warning: { departmentName: string } }).warning.departmentName,
        }
      : { record, warnings };
  };
}
