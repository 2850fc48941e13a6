import path from 'node:path';
import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { DataKeyRing } from '../crypto/data-cipher.ts';
import { readRejectionFile } from './staged-uploads.ts';

export interface RejectionFileDownload {
  /** The name to save it as: the batch's file name with “.拒收” before the extension. */
  fileName: string;
  extension: string;
  content: Buffer;
  /** True when personal cells are masked (anyone but the department that sent the batch). */
  isMasked: boolean;
}

/**
 * A batch's rejection file under the masking rule of records (DOMAIN.md §5): personal values in clear only
 * for an operator of the department that sent the batch, masked for everyone else (the administrator included).
 * Every download is an audit event saying who took which batch's file, masked or not.
 */
export async function downloadRejectionFile(
  db: Kysely<Database>,
  dataDir: string,
  ring: DataKeyRing,
  input: { batchId: number; viewer: { actor: string; role: Role; departmentCode: string | null } },
): Promise<RejectionFileDownload> {
  const batch = await db
    .selectFrom('import_batches')
    .select(['department_code', 'kind', 'file_name'])
    .where('id', '=', input.batchId)
    .executeTakeFirst();
  if (!batch) throw new AppError('NOT_FOUND', `导入批次 ${input.batchId} 不存在`);
  const isMasked = input.viewer.role !== 'department_operator' || input.viewer.departmentCode !== batch.department_code;
  const file = await readRejectionFile(db, dataDir, { batchId: input.batchId, kind: batch.kind, isMasked, ring });
  if (!file)
    throw new AppError(
      'NOT_FOUND',
      `导入批次 ${input.batchId} 没有拒收文件（全部行都已入库，或不是通过网页导入的批次）`,
    );
  await db.transaction().execute((trx) =>
    appendAuditEvent(trx, {
      actor: input.viewer.actor,
      action: 'import.rejections_downloaded',
      subjectType: 'import_batch',
      subjectId: String(input.batchId),
      payload: { departmentCode: batch.department_code, kind: batch.kind, isMasked },
    }),
  );
  return {
    fileName: `${path.basename(batch.file_name, path.extname(batch.file_name))}.拒收${file.extension}`,
    extension: file.extension,
    content: file.content,
    isMasked,
  };
}
