import { sql, type Kysely } from 'kysely';

/**
 * On PostgreSQL the platform runs as a role that does not own its tables: migrations run as the owner
 * (XINPING_MIGRATION_DATABASE_URL), which then grants the runtime role (the user of DATABASE_URL) what it needs and
 * no more. Not being the owner, the runtime role cannot ALTER TABLE (so cannot disable the append-only triggers) nor
 * TRUNCATE (which skips them); append-only tables (those guarded by refuse_change()) also get no UPDATE or DELETE, and
 * the audit head no DELETE. Run after every migration, so tables added later are covered without default privileges.
 */
export async function grantRuntimePrivileges(owner: Kysely<any>, runtimeRole: string): Promise<void> {
  const role = sql.id(runtimeRole);
  await sql`grant usage on schema public to ${role}`.execute(owner);
  await sql`grant select, insert, update, delete on all tables in schema public to ${role}`.execute(owner);
  await sql`grant usage, select on all sequences in schema public to ${role}`.execute(owner);
  const appendOnly = await sql<{ table_name: string }>`
    select distinct c.relname as table_name
    from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and p.proname = 'refuse_change' and not t.tgisinternal`.execute(owner);
  for (const { table_name } of appendOnly.rows) {
    await sql`revoke update, delete on ${sql.table(table_name)} from ${role}`.execute(owner);
  }
  await sql`revoke delete on audit_heads from ${role}`.execute(owner);
}

/** The role a PostgreSQL URL logs in as (libpq's default when the URL names none: the operating-system user). */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username) || process.env.PGUSER || process.env.USER || 'postgres';
}
