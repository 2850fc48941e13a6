import { sql, type Kysely } from 'kysely';

// Accounts, browser sessions and API tokens. Secrets (session tokens, API tokens) are stored only as
// their SHA-256: they are long random strings, so a fast hash suffices and a stolen table reveals nothing usable.
// Passwords are scrypt hashes that carry their own salt and cost parameters, so the cost can be raised later
// without invalidating old hashes.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table users (
      id bigint generated always as identity primary key,
      username text not null,
      display_name text not null,
      role text not null check (role in ('admin', 'department_operator', 'reviewer', 'enterprise', 'bank', 'association', 'inspector')),
      department_code text references departments(code),
      uscc text references enterprises(uscc),
      password_hash text not null,
      disabled boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      -- A department operator reports for exactly one department, an enterprise account is exactly one enterprise.
      check ((role = 'department_operator') = (department_code is not null)),
      check ((role = 'enterprise') = (uscc is not null))
    )`.execute(db);
  await sql`create unique index users_username on users (lower(username))`.execute(db);

  await sql`
    create table sessions (
      id bigint generated always as identity primary key,
      token_hash text not null unique,
      user_id bigint not null references users(id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`create index sessions_user on sessions (user_id)`.execute(db);

  await sql`
    create table api_tokens (
      id bigint generated always as identity primary key,
      name text not null,
      token_hash text not null unique,
      token_prefix text not null,
      user_id bigint not null references users(id),
      scopes text[] not null default '{read,write}',
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      revoked_at timestamptz,
      last_used_at timestamptz
    )`.execute(db);
  await sql`create index api_tokens_user on api_tokens (user_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['api_tokens', 'sessions', 'users']) await db.schema.dropTable(table).execute();
}
