import { sql, type Kysely } from 'kysely';

// Who decided each 兑现 step, with when (issue #14): approval and payment already kept their account (approved_by,
// paid_by); a refusal kept only its reason, and a payment only the day the money left, not when it was recorded. Cases
// decided before this migration take the account and time from their audit event (payout.refused, payout.paid).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table policy_payouts add column paid_at timestamptz, add column refused_at timestamptz, add column refused_by text`.execute(
    db,
  );
  await sql`
    update policy_payouts p set refused_by = a.actor, refused_at = a.occurred_at
    from audit_events a
    where p.state = 'refused' and a.subject_type = 'policy_payout' and a.subject_id = p.id::text
      and a.action = 'payout.refused'`.execute(db);
  await sql`
    update policy_payouts p set paid_at = a.occurred_at, paid_by = coalesce(p.paid_by, a.actor)
    from audit_events a
    where p.state = 'paid' and a.subject_type = 'policy_payout' and a.subject_id = p.id::text
      and a.action = 'payout.paid'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table policy_payouts drop column paid_at, drop column refused_at, drop column refused_by`.execute(db);
}
