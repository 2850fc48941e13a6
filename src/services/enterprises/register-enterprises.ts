import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { maskPersonName } from '../../domain/masking.ts';
import { isAcceptableAsLegacy } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import {
  findEnterprisesByUscc,
  findLegacyAcceptances,
  insertEnterprises,
  updateEnterprise,
  type EnterpriseRow,
  type EnterpriseValues,
} from '../../store/enterprise.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { fieldError, type EnterpriseInput, type FieldError } from './enterprise.ts';
import { validateEnterpriseInput } from './validate-enterprise-input.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { syncTenanciesWithEnterprises } from '../../store/incubator.repository.ts';

export type RegisterOutcome = 'registered' | 'updated' | 'unchanged' | 'rejected';

export interface RegisterItemResult {
  /** Position in the input, counted from 1 (第N项). */
  index: number;
  /** The normalised USCC (as given when it could not be read). */
  uscc: string;
  outcome: RegisterOutcome;
  enterpriseId?: number;
  errors: FieldError[];
  warnings: string[];
}

export interface RegisterEnterprisesResult {
  registered: number;
  updated: number;
  unchanged: number;
  rejected: number;
  items: RegisterItemResult[];
}

const REGISTRY_COLUMNS = [
  'name',
  'legal_representative',
  'industry_code',
  'region_code',
  'registered_on',
  'status',
  'tiers',
  'incubator_code',
  'uscc_warning',
] as const;

/** A value as the audit trail may keep it: the legal representative's name only masked (DOMAIN.md §5). */
function auditValue(column: string, value: unknown): unknown {
  return column === 'legal_representative' && typeof value === 'string' ? maskPersonName(value) : value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') === b.join('\u0000') : a === b;
}

interface Pending {
  result: RegisterItemResult;
  /** The validated changes, with the uscc_warning the code deserves. */
  changes: Partial<EnterpriseValues>;
}

/**
 * Registers new enterprises and updates known ones, one result per input, in input order. Bad items are rejected
 * with the field and the reason (in Chinese) and never stop the others. A USCC that fails validation is refused
 * unless it was accepted as a legacy code (acceptLegacyUscc). An enterprise first created by an import becomes a
 * registry entry. All good items are written in one transaction, each with an `enterprise.registered` or
 * `enterprise.updated` audit event; an unchanged enterprise writes nothing.
 */
export async function registerEnterprises(
  db: Kysely<Database>,
  operator: string,
  inputs: EnterpriseInput[],
  options: { today?: string } = {},
): Promise<RegisterEnterprisesResult> {
  if (operator.trim() === '') throw new AppError('INVALID_INPUT', '必须指明操作人');
  const catalog = loadCatalog();
  const today = options.today ?? todayInDistrict();

  const firstIndexByUscc = new Map<string, number>();
  const validated = inputs.map((input, position) => {
    const checked = validateEnterpriseInput(input ?? ({} as EnterpriseInput), catalog, today);
    const result: RegisterItemResult = {
      index: position + 1,
      uscc: checked.uscc.normalized || String(input?.uscc ?? ''),
      outcome: 'rejected',
      errors: checked.errors,
      warnings: checked.warnings,
    };
    const earlier = firstIndexByUscc.get(checked.uscc.normalized);
    if (earlier !== undefined) result.errors.push(fieldError('uscc', `与第${earlier}项重复`));
    else firstIndexByUscc.set(checked.uscc.normalized, result.index);
    return { checked, result };
  });

  const legacyCandidates = validated
    .filter(({ checked }) => isAcceptableAsLegacy(checked.uscc))
    .map(({ checked }) => checked.uscc.normalized);
  const accepted = await findLegacyAcceptances(db, legacyCandidates);

  const pending: Pending[] = [];
  for (const { checked, result } of validated) {
    const code = checked.uscc;
    let usccWarning: string | null = code.warning ?? null;
    if (!code.valid) {
      const acceptance = accepted.get(code.normalized);
      if (acceptance) {
        usccWarning = `历史代码（${code.reason}），已由${acceptance.accepted_by}人工认可：${acceptance.reason}`;
      } else if (checked.errors.every((error) => error.field !== 'uscc')) {
        const hint = isAcceptableAsLegacy(code)
          ? '；如确为有效的历史代码，须先由授权人员认可（xinping enterprise accept-legacy）'
          : '';
        result.errors.unshift(fieldError('uscc', `${code.reason}${hint}`));
      }
    }
    if (usccWarning) result.warnings.unshift(`统一社会信用代码：${usccWarning}`);
    if (result.errors.length === 0)
      pending.push({ result, changes: { ...checked.changes, uscc: code.normalized, uscc_warning: usccWarning } });
  }

  if (pending.length > 0) {
    await db.transaction().execute(async (trx) => {
      const existing = await findEnterprisesByUscc(
        trx,
        pending.map((item) => item.result.uscc),
        { forUpdate: true },
      );
      const fresh: Array<{ item: Pending; values: EnterpriseValues }> = [];
      const changed: Array<{
        item: Pending;
        row: EnterpriseRow;
        values: EnterpriseValues;
        changes: Record<string, { from: unknown; to: unknown }>;
      }> = [];
      for (const item of pending) {
        const row = existing.get(item.result.uscc);
        if (!row) {
          if (item.changes.name === undefined) {
            item.result.errors.push(fieldError('name', '新登记的企业必须填写企业名称'));
            continue;
          }
          const uscc = item.result.uscc;
          const values: EnterpriseValues = {
            uscc,
            name: item.changes.name,
            legal_representative: null,
            industry_code: null,
            // The registering authority's division (USCC positions 3–8) is where the enterprise is registered.
            region_code: /^\d{6}$/.test(uscc.slice(2, 8)) ? uscc.slice(2, 8) : null,
            registered_on: null,
            status: '存续',
            tiers: [],
            incubator_code: null,
            uscc_warning: null,
            ...item.changes,
          } as EnterpriseValues;
          fresh.push({ item, values });
          continue;
        }
        const values = { ...pick(row), ...item.changes, uscc: row.uscc } as EnterpriseValues;
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        for (const column of REGISTRY_COLUMNS) {
          if (!sameValue(row[column], values[column]))
            changes[column] = { from: auditValue(column, row[column]), to: auditValue(column, values[column]) };
        }
        if (row.source !== 'registry') changes.source = { from: row.source, to: 'registry' };
        item.result.enterpriseId = row.id;
        if (Object.keys(changes).length === 0) item.result.outcome = 'unchanged';
        else changed.push({ item, row, values, changes });
      }

      const ids = await insertEnterprises(
        trx,
        fresh.map(({ values }) => values),
      );
      for (const { item, values } of fresh) {
        item.result.outcome = 'registered';
        item.result.enterpriseId = ids.get(values.uscc);
        const payload: Record<string, unknown> = {};
        for (const column of REGISTRY_COLUMNS) payload[column] = auditValue(column, values[column]);
        await appendAuditEvent(trx, {
          actor: operator,
          action: 'enterprise.registered',
          subjectType: 'enterprise',
          subjectId: values.uscc,
          payload: { uscc: values.uscc, ...payload },
        });
      }
      for (const { item, row, values, changes } of changed) {
        await updateEnterprise(trx, row.id, values);
        item.result.outcome = 'updated';
        await appendAuditEvent(trx, {
          actor: operator,
          action: 'enterprise.updated',
          subjectType: 'enterprise',
          subjectId: row.uscc,
          payload: { uscc: row.uscc, changes },
        });
      }
      // An enterprise's incubator today opens (or closes) its spell in the incubator registry.
      await syncTenanciesWithEnterprises(trx, today, operator, [
        ...fresh.filter(({ values }) => values.incubator_code !== null).map(({ values }) => ids.get(values.uscc)!),
        ...changed.filter(({ changes }) => 'incubator_code' in changes).map(({ row }) => row.id),
      ]);
    });
  }

  const items = validated.map(({ result }) => result);
  for (const item of items) if (item.errors.length > 0) item.outcome = 'rejected';
  return {
    registered: items.filter((item) => item.outcome === 'registered').length,
    updated: items.filter((item) => item.outcome === 'updated').length,
    unchanged: items.filter((item) => item.outcome === 'unchanged').length,
    rejected: items.filter((item) => item.outcome === 'rejected').length,
    items,
  };
}

/** The registry columns of a stored row. */
function pick(row: EnterpriseRow): Omit<EnterpriseValues, 'uscc'> {
  return {
    name: row.name,
    legal_representative: row.legal_representative,
    industry_code: row.industry_code,
    region_code: row.region_code,
    registered_on: row.registered_on,
    status: row.status,
    tiers: row.tiers,
    incubator_code: row.incubator_code,
    uscc_warning: row.uscc_warning,
  };
}
