import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { DataKeyRing } from '../crypto/data-cipher.ts';
import { writeProtectedFile } from '../crypto/protected-files.ts';
import { findEnterpriseByUscc } from './find-enterprise.ts';
import { loadWorkflowDeadlines } from './workflow-settings.ts';

/** The only types an attachment may have, told by its first bytes (never by its name or the sender's claim). */
const SIGNATURES: Array<{ mediaType: string; magic: number[] }> = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function sniffMediaType(content: Uint8Array): string | null {
  return (
    SIGNATURES.find(
      ({ magic }) => content.length >= magic.length && magic.every((byte, index) => content[index] === byte),
    )?.mediaType ?? null
  );
}

export interface StoredAttachment {
  sha256: string;
  mediaType: string;
  sizeBytes: number;
  fileName: string;
}

/**
 * Who uploads a file, and so who may cite it in a case and download it: an enterprise account's uploads
 * belong to its enterprise, a department operator's to its department, anyone else's to that account.
 */
export interface AttachmentUploader {
  actor: string;
  userId: number | null;
  enterpriseId: number | null;
  departmentCode: string | null;
}

/** The uploader a signed-in account is: its enterprise for an enterprise account, its department for an operator. */
export async function uploaderOf(db: Kysely<Database>, principal: Principal): Promise<AttachmentUploader> {
  return {
    actor: describeActor(principal),
    userId: principal.userId,
    enterpriseId: principal.role === 'enterprise' ? (await findEnterpriseByUscc(db, principal.uscc)).id : null,
    departmentCode: principal.role === 'department_operator' ? principal.departmentCode : null,
  };
}

/**
 * Stores an uploaded file as <dataDir>/attachments/<sha256> (the same content is stored once, named by the SHA-256
 * of its plaintext), encrypted and owner-only (protected-files.ts), after checking its size and its type from its
 * content: PDF, JPEG or PNG only. The file name is kept only as a label. The upload is bound to its uploader.
 */
export async function storeAttachment(
  db: Kysely<Database>,
  dataDir: string,
  ring: DataKeyRing,
  input: { fileName: string; content: Uint8Array; uploader: AttachmentUploader },
  options: { maxBytes?: number } = {},
): Promise<StoredAttachment> {
  const maxBytes = options.maxBytes ?? loadWorkflowDeadlines().attachmentMaxBytes;
  if (input.content.length === 0) throw new AppError('INVALID_INPUT', `附件“${input.fileName}”是空文件`);
  if (input.content.length > maxBytes)
    throw new AppError(
      'INVALID_INPUT',
      `附件“${input.fileName}”大小为 ${input.content.length} 字节，超过上限 ${maxBytes} 字节`,
    );
  const mediaType = sniffMediaType(input.content);
  if (!mediaType)
    throw new AppError('INVALID_INPUT', `附件“${input.fileName}”不是 PDF、JPG 或 PNG 文件（按文件内容判断）`);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const file = path.join(dataDir, 'attachments', sha256);
  try {
    writeProtectedFile(file, Buffer.from(input.content), ring, { flag: 'wx' });
  } catch (error) {
    // Stored already (by this uploader or another): the content is the same.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const fileName = input.fileName.slice(0, 200);
  const { uploader } = input;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('attachments')
      .values({
        sha256,
        media_type: mediaType,
        size_bytes: input.content.length,
        file_name: fileName,
        uploaded_by: uploader.actor,
      })
      .onConflict((conflict) => conflict.column('sha256').doNothing())
      .execute();
    const inserted = await trx
      .insertInto('attachment_uploads')
      .values({
        sha256,
        uploaded_by: uploader.actor,
        user_id: uploader.userId,
        enterprise_id: uploader.enterpriseId,
        department_code: uploader.departmentCode,
      })
      .onConflict((conflict) => conflict.columns(['sha256', 'uploaded_by']).doNothing())
      .returning('sha256')
      .executeTakeFirst();
    if (inserted)
      await appendAuditEvent(trx, {
        actor: uploader.actor,
        action: 'attachment.uploaded',
        subjectType: 'attachment',
        subjectId: sha256,
        payload: {
          mediaType,
          sizeBytes: input.content.length,
          fileName,
          enterpriseId: uploader.enterpriseId,
          departmentCode: uploader.departmentCode,
        },
      });
  });
  return { sha256, mediaType, sizeBytes: input.content.length, fileName };
}

/**
 * Checks that every attachment a case names was uploaded by whoever files it: by its enterprise, by its department,
 * or by the account itself. A hash uploaded only by someone else is answered exactly like an unknown one, so citing
 * hashes neither grants access nor tells whether a file exists.
 */
export async function requireAttachments(
  trx: Transaction<Database> | Kysely<Database>,
  hashes: string[],
  filer: { actor: string; enterpriseId?: number | null; departmentCode?: string | null },
): Promise<string[]> {
  const unique = [...new Set(hashes)];
  if (unique.length === 0) return [];
  const rows = await trx
    .selectFrom('attachment_uploads')
    .select('sha256')
    .where('sha256', 'in', unique)
    .where((eb) =>
      eb.or([
        eb('uploaded_by', '=', filer.actor),
        ...(filer.enterpriseId ? [eb('enterprise_id', '=', filer.enterpriseId)] : []),
        ...(filer.departmentCode ? [eb('department_code', '=', filer.departmentCode)] : []),
      ]),
    )
    .execute();
  const found = new Set(rows.map((row) => row.sha256));
  const missing = unique.filter((hash) => !found.has(hash));
  if (missing.length > 0) throw new AppError('INVALID_INPUT', `附件 ${missing.join('、')} 不存在，请先上传附件`);
  return unique;
}
