import { sql, type Kysely } from 'kysely';

// 免申即享 to the money (003 §四(二)): each spell of a policy match (policy_matches: policy, enterprise, eligible_since)
// becomes one payout case that the paying department works through 兑现 states — matched → notified → confirmed by the
// enterprise where the policy's mode needs it (即申即享: its one-step application) → approved → paid with amount and
// date, or refused with a reason. A new spell after a lapse is a new case; a case is never deleted.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table policy_payouts (
      id bigint generated always as identity primary key,
      policy_code text not null,
      enterprise_id bigint not null references enterprises(id),
      eligible_since date not null,
      state text not null check (state in ('matched', 'notified', 'confirmed', 'approved', 'paid', 'refused')),
      version integer not null default 1,
      notified_on date,
      confirmed_at timestamptz,
      confirmed_by text,
      approved_at timestamptz,
      approved_by text,
      amount numeric(14, 2) check (amount is null or amount > 0),
      paid_on date,
      paid_by text,
      decision_reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (policy_code, enterprise_id, eligible_since),
      check ((state = 'paid') = (amount is not null and paid_on is not null)),
      check (state <> 'refused' or decision_reason is not null)
    )`.execute(db);
  await sql`create index policy_payouts_policy_state on policy_payouts (policy_code, state, id)`.execute(db);
  await sql`create index policy_payouts_enterprise on policy_payouts (enterprise_id, id)`.execute(db);
}
