import { sql, type Kysely } from 'kysely';

// 惠企政策"免申即享": which enterprises each policy of catalog/policies.yaml found eligible, kept by
// `xinping policy match` so a run can tell the new ones (the enterprise is informed, the department told) and the
// list shows since when each enterprise qualifies. Policies live in the catalog file, so policy_code has no foreign key.
export async function up(db: Kysely<any>): Promise<void> {
  // first_seen_on: the first run that ever found it eligible; eligible_since: the start of the current (or last)
  // spell of eligibility; ended_on: the first run that found it no longer eligible (null while eligible);
  // reasons: why, as of last_seen_on; notified_on: when the enterprise was told of the current spell.
  await sql`
    create table policy_matches (
      policy_code text not null,
      enterprise_id bigint not null references enterprises(id),
      first_seen_on date not null,
      eligible_since date not null,
      last_seen_on date not null,
      ended_on date,
      reasons jsonb not null,
      notified_on date,
      primary key (policy_code, enterprise_id)
    )`.execute(db);
  await sql`create index policy_matches_enterprise on policy_matches (enterprise_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table policy_matches`.execute(db);
}
