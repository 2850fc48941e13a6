import { sql, type Kysely } from 'kysely';

// Inspections that are not drawn (投诉举报, 转办交办, 专项检查, 风险预警: catalog/supervision.yaml inspection_types) are
// plans of one visit with the basis they rest on, so they are recorded, merged into 综合查一次, counted towards the
// yearly limit and published exactly like drawn ones. What each published outcome leads to (a proposed 经营异常名录
// listing the owning department confirms or rejects, a follow-up task) is kept per visit in inspection_follow_ups.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table inspection_plans add column inspection_type text not null default '双随机'`.execute(db);
  await sql`alter table inspection_plans add column basis jsonb`.execute(db);
  await sql`
    create table inspection_follow_ups (
      id bigserial primary key,
      visit_id bigint not null references inspection_visits(id),
      enterprise_id bigint not null references enterprises(id),
      outcome text not null,
      action text not null check (action in ('listing_proposal', 'task')),
      description text not null,
      department_code text not null references departments(code),
      proposed_kind text,
      proposed_subtype text,
      reference text not null,
      state text not null default 'open' check (state in ('open', 'confirmed', 'rejected')),
      record_id bigint references records(id),
      decided_by text,
      decided_at timestamptz,
      decision_reason text,
      created_at timestamptz not null default now(),
      unique (visit_id, action)
    )`.execute(db);
  await sql`create index inspection_follow_ups_department on inspection_follow_ups (department_code, state)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table inspection_follow_ups`.execute(db);
  await sql`alter table inspection_plans drop column basis`.execute(db);
  await sql`alter table inspection_plans drop column inspection_type`.execute(db);
}
