import { sql, type Kysely } from 'kysely';

// Unified login (统一身份认证, OpenID Connect; docs/integration.md). `unified_identities` maps an identity of the
// provincial identity service to a local account: an enterprise by its 统一社会信用代码 (the legal-person identity,
// linked when the enterprise consents on its first login), a member of staff by the provider's subject (linked by an
// administrator). `unified_login_flows` holds one browser's login in progress (PKCE verifier, state, nonce) and, for an
// enterprise's first login, the verified identity awaiting consent; the browser holds only a random cookie.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table unified_identities (
      id bigint generated always as identity primary key,
      issuer text not null,
      kind text not null check (kind in ('enterprise', 'staff')),
      subject text not null,
      user_id bigint not null references users(id),
      linked_by text not null,
      created_at timestamptz not null default now(),
      unique (issuer, kind, subject)
    )`.execute(db);
  await sql`create index unified_identities_user on unified_identities (user_id)`.execute(db);
  await sql`
    create table unified_login_flows (
      id bigint generated always as identity primary key,
      token_hash text not null unique,
      state text not null,
      nonce text not null,
      code_verifier text not null,
      expires_at timestamptz not null,
      uscc text,
      subject text,
      display_name text,
      created_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table unified_login_flows`.execute(db);
  await sql`drop table unified_identities`.execute(db);
}
