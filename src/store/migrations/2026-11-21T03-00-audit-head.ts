import { sql, type Kysely } from 'kysely';

// The audit chain's head: one row holding the seq and hash of the latest event. A hash chain alone cannot show that
// its LAST events were removed (what is left is still a valid chain); the head, advanced by appendAuditEvent in the
// same transaction as each event, can. Its hash is also what an operator notes down to anchor the trail outside
// the database.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table audit_heads (
      id smallint primary key default 1 check (id = 1),
      seq bigint not null,
      hash text not null,
      updated_at timestamptz not null default now()
    )`.execute(db);

  // Start from the trail as it is now (genesis when empty).
  await sql`
    insert into audit_heads (id, seq, hash)
    select 1, coalesce(max(seq), 0),
      coalesce((select hash from audit_events order by seq desc limit 1), ${'0'.repeat(64)})
    from audit_events`.execute(db);

  // The head only moves forward one event at a time and is never deleted: rolling it back to hide removed events
  // requires switching the trigger off, which only a superuser can do.
  await sql`
    create function advance_audit_head_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'table audit_heads cannot be deleted from';
      end if;
      if new.seq <> old.seq + 1 then
        raise exception 'audit head must advance by exactly one event (from % to %)', old.seq, new.seq;
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger audit_heads_advance_only before update or delete on audit_heads
    for each row execute function advance_audit_head_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_heads').execute();
  await sql`drop function advance_audit_head_only()`.execute(db);
}
