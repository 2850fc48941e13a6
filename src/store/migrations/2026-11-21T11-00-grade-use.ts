import { sql, type Kysely } from 'kysely';

// Putting grades to use (双随机、一公开): inspection plans of departments with the seed published with
// them, the visits a draw produced (one per plan and enterprise), the inspectors' conflicts of interest (回避), and
// joint visits merging several departments' visits to one enterprise (综合查一次, 003 §二(一)).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table inspector_conflicts (
      inspector text not null,
      enterprise_id bigint not null references enterprises(id),
      reason text not null,
      created_by text not null,
      created_at timestamptz not null default now(),
      primary key (inspector, enterprise_id)
    )`.execute(db);

  // draw_inputs: everything the draw read (candidates per class, ratios, inspector pool, conflicts), frozen when the
  // draw ran, so anyone can re-run it from the published plan. A plan is drawn once.
  await sql`
    create table inspection_plans (
      id bigint generated always as identity primary key,
      department_code text not null references departments(code),
      title text not null,
      seed text not null,
      scope jsonb not null,
      ratios jsonb not null,
      inspectors text[] not null,
      inspectors_per_visit integer not null check (inspectors_per_visit > 0),
      state text not null default 'planned' check (state in ('planned', 'drawn', 'published')),
      draw_inputs jsonb,
      created_by text not null,
      created_at timestamptz not null default now(),
      drawn_at timestamptz,
      published_at timestamptz
    )`.execute(db);

  await sql`
    create table joint_visits (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      plan_ids bigint[] not null,
      created_by text not null,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table inspection_visits (
      id bigint generated always as identity primary key,
      plan_id bigint not null references inspection_plans(id),
      enterprise_id bigint not null references enterprises(id),
      risk_class text not null,
      inspectors text[] not null,
      problem text,
      joint_visit_id bigint references joint_visits(id),
      outcome text,
      findings text,
      inspected_on date,
      recorded_by text,
      recorded_at timestamptz,
      unique (plan_id, enterprise_id)
    )`.execute(db);
  await sql`create index inspection_visits_enterprise on inspection_visits (enterprise_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['inspection_visits', 'joint_visits', 'inspection_plans', 'inspector_conflicts'])
    await sql`drop table ${sql.id(table)}`.execute(db);
}
