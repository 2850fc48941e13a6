import { sql, type Kysely } from 'kysely';

// 孵化载体 (000 §二(二), 002 §(十三)): the registry's facts (operator, level, area, capacity) are catalog data
// (catalog/incubators.yaml); the store keeps who was hosted when, and the yearly evaluations.
//
// incubator_tenancies: one spell of an enterprise in an incubator, entered on a date and left on a date, as a
// graduate (毕业) or moved out (迁出). An enterprise is in at most one incubator at a time (its open spell follows
// enterprises.incubator_code); closed spells are history and are never deleted.
//
// incubator_evaluations: one row per incubator per evaluation of a year, with the model version and digest it was
// computed by, its ranks and the trace of every indicator. Append-only: a ranking, once computed, stays as it was;
// evaluating the year again adds a new run.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table incubator_tenancies (
      id bigint generated always as identity primary key,
      incubator_code text not null,
      enterprise_id bigint not null references enterprises(id),
      entered_on date not null,
      exited_on date,
      exit_reason text check (exit_reason in ('graduated', 'moved_out')),
      recorded_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((exited_on is null) = (exit_reason is null)),
      check (exited_on is null or exited_on >= entered_on)
    )`.execute(db);
  await sql`create unique index incubator_tenancies_open on incubator_tenancies (enterprise_id) where exited_on is null`.execute(
    db,
  );
  // Filled from each enterprise's incubator today, as incubator.repository.ts syncTenanciesWithEnterprises does.
  await sql`
    insert into incubator_tenancies (incubator_code, enterprise_id, entered_on, recorded_by)
    select incubator_code, id,
      case when registered_on is not null and registered_on <= current_date then registered_on else current_date end,
      'migration'
    from enterprises where incubator_code is not null`.execute(db);
  await sql`create index incubator_tenancies_incubator on incubator_tenancies (incubator_code, entered_on)`.execute(db);
  await sql`
    create table incubator_evaluations (
      id bigint generated always as identity primary key,
      year integer not null,
      run_number integer not null,
      incubator_code text not null,
      model_version text not null,
      model_digest text not null,
      as_of date not null,
      score numeric(7, 2) not null,
      overall_rank integer not null,
      group_code text not null,
      group_rank integer not null,
      is_awarded boolean not null,
      indicators jsonb not null,
      evaluated_by text not null,
      evaluated_at timestamptz not null default now(),
      unique (year, run_number, incubator_code)
    )`.execute(db);
  await sql`create trigger incubator_evaluations_append_only before update or delete on incubator_evaluations
    for each row execute function refuse_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table incubator_evaluations`.execute(db);
  await sql`drop table incubator_tenancies`.execute(db);
}
