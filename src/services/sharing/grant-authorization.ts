import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { AuthorizationView } from './authorization-view.ts';
import { listAuthorizations } from './list-authorizations.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';

export interface GrantInput {
  /** The bank's (or association's) account name. */
  grantee: string;
  /** Last day the authorisation counts (YYYY-MM-DD, China time). */
  validUntil: string;
  /** What the bank may use it for, e.g. 贷款审批. */
  purpose: string;
}

/**
 * 企业授权查询: an enterprise lets one bank or association account see its grade, credit report and
 * shared events until a date. Audited; revocable at any time (revoke-authorization.ts).
 */
export async function grantAuthorization(
  db: Kysely<Database>,
  principal: Principal,
  input: GrantInput,
): Promise<AuthorizationView> {
  if (!principal.uscc) throw new AppError('FORBIDDEN', '只有企业用户可以授权金融机构查询本企业');
  const purpose = input.purpose.trim();
  if (!purpose) throw new AppError('INVALID_INPUT', '字段“授权用途”：请说明授权用途（如 贷款审批）');
  if (input.validUntil < todayInDistrict())
    throw new AppError('INVALID_INPUT', `字段“授权截止日”：授权截止日 ${input.validUntil} 早于今天`);
  const grantee = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'disabled'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', input.grantee.trim().toLowerCase()))
    .executeTakeFirst();
  if (!grantee || grantee.disabled || !['bank', 'association'].includes(grantee.role)) {
    throw new AppError('INVALID_INPUT', `字段“被授权机构”：未找到名为“${input.grantee}”的金融机构或行业协会账号`);
  }
  const enterprise = await requireEnterprise(db, principal.uscc);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('enterprise_authorizations')
      .values({
        enterprise_id: enterprise.id,
        grantee_user_id: grantee.id,
        valid_until: input.validUntil,
        purpose,
        granted_by: describeActor(principal),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'authorization.granted',
      subjectType: 'enterprise_authorization',
      subjectId: String(row.id),
      payload: { uscc: principal.uscc, grantee: grantee.username, validUntil: input.validUntil, purpose },
    });
    return Number(row.id);
  });
  return (await listAuthorizations(db, principal, { id }))[0]!;
}
