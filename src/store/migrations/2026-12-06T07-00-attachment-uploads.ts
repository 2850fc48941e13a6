import { sql, type Kysely } from 'kysely';

// Who uploaded each attachment: a file is stored once by content, but each uploader gets a row of its own
// here, and only an uploader's row lets a case cite the file or its enterprise (or department) download it. Naming
// another enterprise's hash in a case therefore grants nothing. Existing uploads are carried over from
// attachments.uploaded_by, with the enterprise of the account that uploaded them (actors are `username` or
// `username(令牌 n)`, principal.ts describeActor).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table attachment_uploads (
      sha256 text not null references attachments(sha256),
      uploaded_by text not null,
      user_id bigint references users(id),
      enterprise_id bigint references enterprises(id),
      department_code text,
      created_at timestamptz not null default now(),
      primary key (sha256, uploaded_by)
    )`.execute(db);
  await sql`create index attachment_uploads_enterprise on attachment_uploads (enterprise_id, sha256) where enterprise_id is not null`.execute(
    db,
  );
  await sql`
    insert into attachment_uploads (sha256, uploaded_by, user_id, enterprise_id, department_code, created_at)
    select a.sha256, a.uploaded_by, u.id, e.id, u.department_code, a.created_at
    from attachments a
    left join users u on u.username = regexp_replace(a.uploaded_by, '\\(令牌 [0-9]+\\)$', '')
    left join enterprises e on e.uscc = u.uscc`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attachment_uploads').execute();
}
