import { sql, type Kysely } from 'kysely';

// What lets the daily run (`evaluate --due`) evaluate only the enterprises whose result can have changed:
// - each evaluation keeps the first day its result could change with the same inputs (the engine's nextChangeDay;
//   null on evaluations stored before this column: unknown, so due);
// - a change to an enterprise's records or attributes marks the enterprise in evaluation_pending, in the same
//   transaction as the change, whatever code made it (statement triggers). The daily run evaluates the marked
//   enterprises and removes the marks it read (by their `mark`: a mark renewed since stays for the next run).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table evaluations add column changes_on date`.execute(db);
  await sql`create sequence evaluation_pending_mark`.execute(db);
  await sql`
    create table evaluation_pending (
      enterprise_id bigint primary key,
      mark bigint not null default nextval('evaluation_pending_mark')
    )`.execute(db);
  await sql`
    create function mark_records_pending() returns trigger language plpgsql as $$
    begin
      insert into evaluation_pending (enterprise_id)
        select distinct enterprise_id from changed_rows where enterprise_id is not null
      on conflict (enterprise_id) do update set mark = nextval('evaluation_pending_mark');
      return null;
    end $$`.execute(db);
  await sql`
    create function mark_moved_records_pending() returns trigger language plpgsql as $$
    begin
      insert into evaluation_pending (enterprise_id)
        select enterprise_id from changed_rows where enterprise_id is not null
        union select enterprise_id from earlier_rows where enterprise_id is not null
      on conflict (enterprise_id) do update set mark = nextval('evaluation_pending_mark');
      return null;
    end $$`.execute(db);
  await sql`
    create function mark_enterprises_pending() returns trigger language plpgsql as $$
    begin
      insert into evaluation_pending (enterprise_id)
        select n.id from changed_rows n join earlier_rows o on o.id = n.id
        where (n.registered_on, n.status, n.industry_code, n.tiers) is distinct from (o.registered_on, o.status, o.industry_code, o.tiers)
      on conflict (enterprise_id) do update set mark = nextval('evaluation_pending_mark');
      return null;
    end $$`.execute(db);
  await sql`
    create trigger records_mark_pending_insert after insert on records
      referencing new table as changed_rows for each statement execute function mark_records_pending()`.execute(db);
  // An update may move a record to another enterprise (a corrected USCC): both enterprises change.
  await sql`
    create trigger records_mark_pending_update after update on records
      referencing old table as earlier_rows new table as changed_rows
      for each statement execute function mark_moved_records_pending()`.execute(db);
  await sql`
    create trigger enterprises_mark_pending after update on enterprises
      referencing old table as earlier_rows new table as changed_rows
      for each statement execute function mark_enterprises_pending()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger enterprises_mark_pending on enterprises`.execute(db);
  await sql`drop trigger records_mark_pending_update on records`.execute(db);
  await sql`drop trigger records_mark_pending_insert on records`.execute(db);
  await sql`drop function mark_enterprises_pending()`.execute(db);
  await sql`drop function mark_moved_records_pending()`.execute(db);
  await sql`drop function mark_records_pending()`.execute(db);
  await sql`drop table evaluation_pending`.execute(db);
  await sql`drop sequence evaluation_pending_mark`.execute(db);
  await sql`alter table evaluations drop column changes_on`.execute(db);
}
