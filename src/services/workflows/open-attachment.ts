import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import type { DataKeyRing } from '../crypto/data-cipher.ts';
import { readProtectedFile } from '../crypto/protected-files.ts';

export interface AttachmentDownload {
  sha256: string;
  /** The type sniffed from the content when it was stored: application/pdf, image/jpeg or image/png, never another. */
  mediaType: string;
  fileName: string;
  content: Buffer;
}

/**
 * Whose uploads a viewer may open (attachments are bound to their uploader and to the cases the uploader
 * attached them to; a case naming a file grants nothing unless its filer uploaded it):
 * - `enterpriseId`: the uploads of that enterprise (an enterprise's own files; a request's files, its filer's);
 * - `workflowCases`: files a declaration, objection or repair application names and its enterprise uploaded (reviewers);
 * - `taskCode`: evidence a report of that reform task names, uploaded by the reporting unit or the reporting account.
 */
export type AttachmentScope = { enterpriseId: number } | { workflowCases: true } | { taskCode: string };

/**
 * The one answer for a file that does not exist and one the viewer may not see: the same status and the same body
 * (the hash is in the URL already), so neither can be told apart.
 */
export function attachmentNotFound(sha256: string): AppError {
  return new AppError('NOT_FOUND', '未找到该附件，或无权查看该附件', {
    message: `attachment not found or not visible: ${sha256}`,
  });
}

function isVisible(db: Kysely<Database>, sha256: string, scope: AttachmentScope) {
  if ('enterpriseId' in scope)
    return sql<{
      found: number;
    }>`select 1 as found from attachment_uploads where sha256 = ${sha256} and enterprise_id = ${scope.enterpriseId}`.execute(
      db,
    );
  if ('taskCode' in scope) {
    return sql<{ found: number }>`
      select 1 as found from reform_task_reports r
      join attachment_uploads u on u.sha256 = ${sha256} and (u.department_code = r.unit_code or u.uploaded_by = r.reported_by)
      where r.task_code = ${scope.taskCode} and ${sha256} = any(r.attachments) limit 1`.execute(db);
  }
  return sql<{ found: number }>`
    select 1 as found from attachment_uploads u where u.sha256 = ${sha256} and u.enterprise_id is not null and (
      exists (select 1 from declarations c where c.enterprise_id = u.enterprise_id and ${sha256} = any(c.attachments))
      or exists (select 1 from objections c where c.enterprise_id = u.enterprise_id and ${sha256} = any(c.attachments))
      or exists (select 1 from repair_applications c where c.enterprise_id = u.enterprise_id and ${sha256} = any(c.attachments))) limit 1`.execute(
    db,
  );
}

/** An attachment's content (decrypted; files stored before encryption are read as they are) for download. */
export async function openAttachment(
  db: Kysely<Database>,
  dataDir: string,
  ring: DataKeyRing,
  sha256: string,
  scope: AttachmentScope,
): Promise<AttachmentDownload> {
  const row = await db.selectFrom('attachments').selectAll().where('sha256', '=', sha256).executeTakeFirst();
  if (!row || (await isVisible(db, sha256, scope)).rows.length === 0) throw attachmentNotFound(sha256);
  const file = path.join(dataDir, 'attachments', sha256);
  if (!fs.existsSync(file))
    throw new AppError('INTERNAL', `附件 ${sha256} 的文件缺失，请联系平台管理员`, {
      message: `attachment file missing: ${sha256}`,
    });
  return { sha256, mediaType: row.media_type, fileName: row.file_name, content: readProtectedFile(file, ring) };
}
