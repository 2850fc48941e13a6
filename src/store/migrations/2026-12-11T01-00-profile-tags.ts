import { sql, type Kysely } from 'kysely';

// 信用画像 tags (catalog/profile-tags.yaml) as last computed for each enterprise, with the facts behind each, so the
// 企业库 can be filtered by tag at 10^5–10^6 enterprises with an index instead of evaluating every rule per request.
// Replaced whole after each full evaluation run (src/services/profile/refresh-profile-tags.ts); the enterprise page
// computes its tags afresh.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table enterprise_profile_tags (
      enterprise_id bigint not null references enterprises(id),
      tag_code text not null,
      facts jsonb not null,
      as_of date not null,
      refreshed_at timestamptz not null default now(),
      primary key (enterprise_id, tag_code)
    )`.execute(db);
  await sql`create index enterprise_profile_tags_tag on enterprise_profile_tags (tag_code, enterprise_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table enterprise_profile_tags`.execute(db);
}
