import { sql, type Kysely } from 'kysely';

// 措施实施反馈 (001 §二(五) "严格落实失信惩戒制度"; 001 §二(七) 资源挂接): a department reports back that it applied
// (or did not apply) a measure of catalog/measures.yaml to an enterprise, on a date, with the result and a note. A
// feedback is a statement made once: a correction is a new feedback, so the table is append-only like the reports.
// `measure_code` is the catalog code (checked by the service: the catalog is data, not a table).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table measure_feedback (
      id bigint generated always as identity primary key,
      measure_code text not null,
      enterprise_id bigint not null references enterprises(id),
      department_code text not null,
      applied_on date not null,
      result text not null check (result in ('applied', 'not_applied')),
      note text,
      reported_by text not null,
      reported_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index measure_feedback_measure on measure_feedback (measure_code, applied_on desc)`.execute(db);
  await sql`create index measure_feedback_enterprise on measure_feedback (enterprise_id)`.execute(db);
  await sql`create trigger measure_feedback_append_only before update or delete on measure_feedback
    for each row execute function refuse_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table measure_feedback`.execute(db);
}
