import { sql, type Kysely } from 'kysely';

// Account security. 三权分立: two administrator roles join `admin` (now 系统管理员; existing admin
// accounts keep it). Passwords: a flag forcing a change at next login, the expiry date, and the hashes of past
// passwords (refused again). Sessions: when last used (idle timeout). Failed logins: progressive-delay counters kept
// here so a restart does not clear them. The store says whether it was created as a demo (published passwords).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`
    alter table users add constraint users_role_check
      check (role in ('admin', 'security_admin', 'audit_admin', 'department_operator', 'reviewer', 'enterprise', 'bank', 'association', 'inspector'))`.execute(
    db,
  );
  await sql`alter table users add column must_change_password boolean not null default false`.execute(db);
  await sql`alter table users add column password_changed_at timestamptz not null default now()`.execute(db);
  // Null: the password does not expire (demo accounts; accounts from before this migration until their next change).
  await sql`alter table users add column password_expires_at timestamptz`.execute(db);

  await sql`
    create table password_history (
      id bigint generated always as identity primary key,
      user_id bigint not null references users(id),
      password_hash text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index password_history_user on password_history (user_id, id desc)`.execute(db);
  // The current password of every existing account counts as its first history entry.
  await sql`insert into password_history (user_id, password_hash) select id, password_hash from users`.execute(db);

  await sql`alter table sessions add column last_seen_at timestamptz not null default now()`.execute(db);

  await sql`
    create table login_throttles (
      key text primary key,
      failures integer not null,
      last_failed_at timestamptz not null,
      blocked_until timestamptz
    )`.execute(db);

  await sql`
    create table store_identity (
      singleton boolean primary key default true check (singleton),
      kind text not null check (kind in ('demo', 'production')),
      marked_at timestamptz not null default now()
    )`.execute(db);
  // A store that already holds generated demo data is a demo store; any other store holding data is production. An
  // empty store stays unmarked until its first start decides.
  await sql`
    insert into store_identity (kind)
    select case when exists (select 1 from audit_events where action = 'demo.generated') then 'demo' else 'production' end
    where exists (select 1 from audit_events where action = 'demo.generated') or exists (select 1 from users) or exists (select 1 from enterprises)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['store_identity', 'login_throttles', 'password_history'])
    await db.schema.dropTable(table).execute();
  await sql`alter table sessions drop column last_seen_at`.execute(db);
  await sql`alter table users drop column password_expires_at, drop column password_changed_at, drop column must_change_password`.execute(
    db,
  );
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`
    alter table users add constraint users_role_check
      check (role in ('admin', 'department_operator', 'reviewer', 'enterprise', 'bank', 'association', 'inspector'))`.execute(
    db,
  );
}
