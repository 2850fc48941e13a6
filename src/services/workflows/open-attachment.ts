import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';

export interface AttachmentDownload {
  sha256: string;
  /** The type sniffed from the content when it was stored: application/pdf, image/jpeg or image/png, never another. */
  mediaType: string;
  fileName: string;
  content: Buffer;
}

/**
 * An attachment's content for download. Reviewers may open any; an enterprise only one it uploaded or one a case of
 * its own names (a file is stored once by content, so the same proof may belong to several cases); someone else's
 * is refused.
 */
export async function openAttachment(db: Kysely<Database>, dataDir: string, sha256: string, viewer: { enterpriseId?: number; actor: string }): Promise<AttachmentDownload> {
  const row = await db.selectFrom('attachments').selectAll().where('sha256', '=', sha256).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `未找到附件 ${sha256}`);
  if (viewer.enterpriseId !== undefined && row.uploaded_by !== viewer.actor) {
    const id = viewer.enterpriseId;
    const named = await sql<{ found: number }>`
      select 1 as found where exists (select 1 from declarations where enterprise_id = ${id} and ${sha256} = any(attachments))
        or exists (select 1 from objections where enterprise_id = ${id} and ${sha256} = any(attachments))
        or exists (select 1 from repair_applications where enterprise_id = ${id} and ${sha256} = any(attachments))`.execute(db);
    if (named.rows.length === 0) throw new AppError('FORBIDDEN', '企业用户只能下载本企业上传或本企业申请中附带的材料');
  }
  const file = path.join(dataDir, 'attachments', sha256);
  if (!fs.existsSync(file)) throw new AppError('INTERNAL', `附件 ${sha256} 的文件缺失,请联系平台管理员`, { message: `attachment file missing: ${sha256}` });
  return { sha256, mediaType: row.media_type, fileName: row.file_name, content: fs.readFileSync(file) };
}
