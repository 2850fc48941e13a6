import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { loadWorkflowDeadlines } from './workflow-settings.ts';

/** The only types an attachment may have, told by its first bytes (never by its name or the sender's claim). */
const SIGNATURES: Array<{ mediaType: string; magic: number[] }> = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function sniffMediaType(content: Uint8Array): string | null {
  return SIGNATURES.find(({ magic }) => content.length >= magic.length && magic.every((byte, index) => content[index] === byte))?.mediaType ?? null;
}

export interface StoredAttachment {
  sha256: string;
  mediaType: string;
  sizeBytes: number;
  fileName: string;
}

/**
 * Stores an uploaded file as <dataDir>/attachments/<sha256> (the same content is stored once), after checking its
 * size and its type from its content: PDF, JPEG or PNG only. The file name is kept only as a label.
 */
export async function storeAttachment(
  db: Kysely<Database>,
  dataDir: string,
  input: { fileName: string; content: Uint8Array; actor: string },
  options: { maxBytes?: number } = {},
): Promise<StoredAttachment> {
  const maxBytes = options.maxBytes ?? loadWorkflowDeadlines().attachmentMaxBytes;
  if (input.content.length === 0) throw new AppError('INVALID_INPUT', `附件“${input.fileName}”是空文件`);
  if (input.content.length > maxBytes) throw new AppError('INVALID_INPUT', `附件“${input.fileName}”大小为 ${input.content.length} 字节,超过上限 ${maxBytes} 字节`);
  const mediaType = sniffMediaType(input.content);
  if (!mediaType) throw new AppError('INVALID_INPUT', `附件“${input.fileName}”不是 PDF、JPG 或 PNG 文件(按文件内容判断)`);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const directory = path.join(dataDir, 'attachments');
  fs.mkdirSync(directory, { recursive: true });
  const file = path.join(directory, sha256);
  if (!fs.existsSync(file)) fs.writeFileSync(file, input.content, { mode: 0o600 });
  const fileName = input.fileName.slice(0, 200);
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('attachments')
      .values({ sha256, media_type: mediaType, size_bytes: input.content.length, file_name: fileName, uploaded_by: input.actor })
      .onConflict((conflict) => conflict.column('sha256').doNothing())
      .returning('sha256')
      .executeTakeFirst();
    if (inserted) await appendAuditEvent(trx, { actor: input.actor, action: 'attachment.uploaded', subjectType: 'attachment', subjectId: sha256, payload: { mediaType, sizeBytes: input.content.length, fileName } });
  });
  return { sha256, mediaType, sizeBytes: input.content.length, fileName };
}

/** Checks that every attachment a case names was uploaded first. */
export async function requireAttachments(trx: Transaction<Database> | Kysely<Database>, hashes: string[]): Promise<string[]> {
  const unique = [...new Set(hashes)];
  if (unique.length === 0) return [];
  const found = new Set((await trx.selectFrom('attachments').select('sha256').where('sha256', 'in', unique).execute()).map((row) => row.sha256));
  const missing = unique.filter((hash) => !found.has(hash));
  if (missing.length > 0) throw new AppError('INVALID_INPUT', `附件 ${missing.join('、')} 不存在,请先上传附件`);
  return unique;
}
