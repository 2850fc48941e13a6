import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import type { Database } from '../../store/database.ts';
import { requireEnterprise, updateEnterprise } from '../../store/enterprise.repository.ts';
import {
  closeTenancy,
  type ExitReason,
  findTenancy,
  insertTenancy,
  listTenancies,
  type TenancyRow,
} from '../../store/incubator.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { requireIncubator } from './incubator-catalog.ts';
import { EXIT_REASONS } from './show-incubator.ts';

/**
 * Dated entries of the incubator registry: a past spell (an enterprise that was hosted and left, e.g. a graduate)
 * and the end of a current spell (graduation or moving out), which also clears the enterprise's incubator.
 */

function refuse(field: string, reason: string): never {
  throw new AppError('INVALID_INPUT', `字段“${field}”：${reason}`);
}

function checkDate(field: string, value: string, today: string): void {
  if (!isIsoDate(value)) refuse(field, '应为 YYYY-MM-DD 格式的日期');
  if (value > today) refuse(field, `不能晚于今天（${today}）`);
}

export interface PastTenancyInput {
  uscc: string;
  enteredOn: string;
  exitedOn: string;
  exitReason: ExitReason;
}

/** Records a spell that has ended; refused when it overlaps another spell of the same enterprise. */
export async function recordPastTenancy(
  db: Kysely<Database>,
  actor: string,
  incubatorCode: string,
  input: PastTenancyInput,
  options: { today?: string } = {},
): Promise<TenancyRow> {
  const incubator = requireIncubator(incubatorCode);
  const today = options.today ?? todayInDistrict();
  checkDate('入驻日期', input.enteredOn, today);
  checkDate('迁出日期', input.exitedOn, today);
  if (input.exitedOn < input.enteredOn) refuse('迁出日期', '不能早于入驻日期');
  return db.transaction().execute(async (trx) => {
    const enterprise = await requireEnterprise(trx, input.uscc.trim().toUpperCase());
    const overlapping = (await listTenancies(trx, { from: input.enteredOn, to: input.exitedOn })).find(
      (spell) =>
        spell.enterprise_id === enterprise.id &&
        spell.entered_on < input.exitedOn &&
        (spell.exited_on === null || spell.exited_on > input.enteredOn),
    );
    if (overlapping)
      throw new AppError(
        'CONFLICT',
        `该企业 ${overlapping.entered_on} 起已在孵化载体（${overlapping.incubator_code}）登记入驻，与所填期间重叠`,
      );
    const row = await insertTenancy(trx, {
      incubatorCode: incubator.code,
      enterpriseId: enterprise.id,
      enteredOn: input.enteredOn,
      exitedOn: input.exitedOn,
      exitReason: input.exitReason,
      recordedBy: actor,
    });
    await appendAuditEvent(trx, {
      actor,
      action: 'incubator.tenancy_recorded',
      subjectType: 'incubator_tenancy',
      subjectId: String(row.id),
      payload: {
        incubator: incubator.code,
        uscc: enterprise.uscc,
        enteredOn: input.enteredOn,
        exitedOn: input.exitedOn,
        exitReason: input.exitReason,
      },
    });
    return row;
  });
}

/**
 * Ends a current spell on a date as a graduation or a move; the enterprise no longer names the incubator as its own
 * (a registry change, audited as such).
 */
export async function endTenancy(
  db: Kysely<Database>,
  actor: string,
  tenancyId: number,
  input: { exitedOn: string; exitReason: ExitReason },
  options: { today?: string } = {},
): Promise<TenancyRow> {
  const today = options.today ?? todayInDistrict();
  checkDate('迁出日期', input.exitedOn, today);
  return db.transaction().execute(async (trx) => {
    const spell = await findTenancy(trx, tenancyId);
    if (!spell) throw new AppError('NOT_FOUND', '没有这条入驻登记', { message: `tenancy ${tenancyId}` });
    if (spell.exited_on !== null)
      throw new AppError('CONFLICT', `该企业已于 ${spell.exited_on} ${EXIT_REASONS[spell.exit_reason!]}，不能重复登记`);
    if (input.exitedOn < spell.entered_on) refuse('迁出日期', `不能早于入驻日期（${spell.entered_on}）`);
    const closed = await closeTenancy(trx, tenancyId, input.exitedOn, input.exitReason);
    if (!closed) throw new AppError('CONFLICT', '入驻登记已被他人更改，请刷新后重试');
    const enterprise = await requireEnterprise(trx, spell.uscc);
    if (enterprise.incubator_code === spell.incubator_code) {
      const {
        id: _id,
        source: _source,
        created_at: _created,
        updated_at: _updated,
        address: _address,
        ...values
      } = enterprise;
      await updateEnterprise(trx, enterprise.id, { ...values, incubator_code: null });
      await appendAuditEvent(trx, {
        actor,
        action: 'enterprise.updated',
        subjectType: 'enterprise',
        subjectId: enterprise.uscc,
        payload: { uscc: enterprise.uscc, changes: { incubator_code: { from: spell.incubator_code, to: null } } },
      });
    }
    await appendAuditEvent(trx, {
      actor,
      action: 'incubator.tenancy_recorded',
      subjectType: 'incubator_tenancy',
      subjectId: String(tenancyId),
      payload: {
        incubator: spell.incubator_code,
        uscc: spell.uscc,
        enteredOn: spell.entered_on,
        exitedOn: input.exitedOn,
        exitReason: input.exitReason,
      },
    });
    return closed;
  });
}
