import { sql, type Kysely } from 'kysely';

// The credit index: a month, once closed, is frozen. credit_index_months says which months are closed,
// from what (stored evaluations, or the demo's reconstruction) and by which method; credit_index_values holds each
// group's numbers as published. Both are append-only: a closed month is never recomputed in place.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table credit_index_months (
      month text primary key check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      source text not null check (source in ('evaluations', 'backfill')),
      method_digest text not null,
      model_versions text[] not null,
      enterprises integer not null,
      closed_by text not null,
      closed_at timestamptz not null default now()
    )`.execute(db);
  // value is null when the group is withheld (fewer enterprises than the method's minimum) or has no base.
  await sql`
    create table credit_index_values (
      month text not null references credit_index_months(month),
      dimension text not null,
      group_code text not null,
      group_label text not null,
      enterprises integer not null,
      withheld boolean not null,
      mean_score numeric(7, 2),
      good_share numeric(6, 4),
      poor_share numeric(6, 4),
      raw_measure numeric(9, 4),
      value numeric(9, 2),
      method_digest text not null,
      computed_at timestamptz not null default now(),
      primary key (month, dimension, group_code)
    )`.execute(db);
  for (const table of ['credit_index_months', 'credit_index_values']) {
    await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)} for each row execute function refuse_change()`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['credit_index_values', 'credit_index_months']) await db.schema.dropTable(table).execute();
}
