import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';
import { listCurrentGradesAfter } from '../../store/evaluation.repository.ts';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { mapEnterpriseRefsById } from '../../store/enterprise.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { neutralizeCell } from '../import/write-rejections.ts';
import { districtDateTimeOf } from '../../domain/district-date.ts';

/**
 * 定期共享: for departments that still exchange files, an .xlsx with the agreed results — every
 * evaluated enterprise's current grade, score, model version and as-of date — plus the negative records published
 * since that recipient's last export and the records repaired since then (which must no longer be used, 001 §二(四)).
 * Each recipient ('*' for the platform-wide file, else a department code) keeps the feed cursor of its last export,
 * so every event reaches it exactly once across files. Text cells that a spreadsheet would run as a formula are
 * neutralised. Written with the streaming writer: memory stays flat whatever the number of enterprises.
 */

export interface ExportRequest {
  outDir: string;
  /** The receiving department (catalog code); absent: the platform-wide file. */
  departmentCode?: string;
  /** Also schedule this recipient every N days (`share run` exports it when due). */
  everyDays?: number;
  actor: string;
  now?: Date;
}

export interface ExportOutcome {
  recipient: string;
  file: string;
  enterprises: number;
  negativeRecords: number;
  repairedRecords: number;
  /** The feed cursor the next export of this recipient starts after. */
  lastEventId: number;
}

export const PLATFORM_RECIPIENT = '*';
const PAGE = 2000;

export const RESULT_HEADERS = ['统一社会信用代码', '企业名称', '信用等级', '综合得分', '评价模型版本', '评价基准日'];
const NEGATIVE_HEADERS = [
  '事件编号',
  '统一社会信用代码',
  '企业名称',
  '记录类别',
  '决定文书号',
  '来源部门',
  '决定日期',
  '失信程度',
  '发布时间',
];
const REPAIRED_HEADERS = ['事件编号', '统一社会信用代码', '企业名称', '记录编号', '记录类别', '来源部门', '修复日期'];

function stamp(now: Date): string {
  // The file name carries Beijing time, as officials read it.
  return districtDateTimeOf(now).replace(/[-:]/g, '').replace('T', '-');
}

function addRow(sheet: ExcelJS.Worksheet, values: unknown[]): void {
  sheet.addRow(values.map((value) => (value === null || value === undefined ? null : neutralizeCell(value)))).commit();
}

export async function exportSharedResults(db: Kysely<Database>, request: ExportRequest): Promise<ExportOutcome> {
  const now = request.now ?? new Date();
  const recipient = request.departmentCode ?? PLATFORM_RECIPIENT;
  if (request.departmentCode) {
    const department = await db
      .selectFrom('departments')
      .select('code')
      .where('code', '=', request.departmentCode)
      .executeTakeFirst();
    if (!department)
      throw new AppError('INVALID_INPUT', `参数“--department”：未知的部门代码“${request.departmentCode}”`);
  }
  if (request.everyDays !== undefined && !(Number.isInteger(request.everyDays) && request.everyDays > 0)) {
    throw new AppError('INVALID_INPUT', `参数“--every-days”：应为正整数，实际为“${request.everyDays}”`);
  }
  const previous = await db
    .selectFrom('share_exports')
    .selectAll()
    .where('recipient', '=', recipient)
    .executeTakeFirst();
  const after = Number(previous?.last_event_id ?? 0);
  // The events of this file end at the feed's head as it is now; later ones go to the next file.
  const head = await sql<{ id: number | null }>`select max(id) as id from share_events`.execute(db);
  const upto = Math.max(after, Number(head.rows[0]?.id ?? 0));

  fs.mkdirSync(request.outDir, { recursive: true });
  const file = path.join(
    request.outDir,
    `信评共享-${recipient === PLATFORM_RECIPIENT ? '全平台' : recipient}-${stamp(now)}.xlsx`,
  );
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
  });
  const outcome: ExportOutcome = {
    recipient,
    file,
    enterprises: 0,
    negativeRecords: 0,
    repairedRecords: 0,
    lastEventId: upto,
  };

  const results = workbook.addWorksheet('信用评价结果');
  addRow(results, RESULT_HEADERS);
  // Keyset pages of current grades (by enterprise id), so memory stays flat on a province-sized registry.
  for (let lastId = 0; ; ) {
    const page = await listCurrentGradesAfter(db, lastId, PAGE);
    for (const row of page)
      addRow(results, [row.uscc, row.name, row.grade, Number(row.score), row.model_version, row.as_of]);
    outcome.enterprises += page.length;
    if (page.length < PAGE) break;
    lastId = Number(page.at(-1)!.id);
  }
  results.commit();

  async function* events(type: string) {
    for (let lastId = after; ; ) {
      const events = await db
        .selectFrom('share_events as s')
        .select(['s.id', 's.payload', 's.created_at', 's.enterprise_id'])
        .where('s.type', '=', type)
        .where('s.recipient_user_id', 'is', null)
        .where('s.id', '>', lastId)
        .where('s.id', '<=', upto)
        .orderBy('s.id')
        .limit(PAGE)
        .execute();
      const enterprises = await mapEnterpriseRefsById(
        db,
        events.map((row) => row.enterprise_id),
      );
      const page = events.map((row) => {
        const { uscc, name } = enterprises.get(row.enterprise_id)!;
        return { ...row, uscc, name };
      });
      yield* page;
      if (page.length < PAGE) return;
      lastId = Number(page.at(-1)!.id);
    }
  }

  const negative = workbook.addWorksheet('新增失信记录');
  addRow(negative, NEGATIVE_HEADERS);
  for await (const row of events('negative_record')) {
    const data = row.payload as Record<string, string | null>;
    addRow(negative, [
      Number(row.id),
      row.uscc,
      row.name,
      data.kindLabel,
      data.decisionNumber,
      data.departmentCode,
      data.occurredOn,
      data.level,
      new Date(row.created_at).toISOString(),
    ]);
    outcome.negativeRecords += 1;
  }
  negative.commit();

  const repaired = workbook.addWorksheet('已修复记录（停止使用）');
  addRow(repaired, REPAIRED_HEADERS);
  for await (const row of events('record_repaired')) {
    const data = row.payload as Record<string, string | number | null>;
    addRow(repaired, [
      Number(row.id),
      row.uscc,
      row.name,
      data.recordId,
      data.kind,
      data.departmentCode,
      data.repairedOn,
    ]);
    outcome.repairedRecords += 1;
  }
  repaired.commit();
  await workbook.commit();

  await db.transaction().execute(async (trx) => {
    const values = {
      out_dir: request.outDir,
      last_event_id: upto,
      last_exported_at: now,
      last_file: path.basename(file),
    };
    const everyDays = request.everyDays ?? previous?.every_days ?? null;
    await trx
      .insertInto('share_exports')
      .values({ recipient, ...values, every_days: everyDays })
      .onConflict((conflict) => conflict.column('recipient').doUpdateSet({ ...values, every_days: everyDays }))
      .execute();
    await appendAuditEvent(trx, {
      actor: request.actor,
      action: 'share.exported',
      subjectType: 'share_export',
      subjectId: recipient,
      payload: {
        file: path.basename(file),
        enterprises: outcome.enterprises,
        negativeRecords: outcome.negativeRecords,
        repairedRecords: outcome.repairedRecords,
        afterEventId: after,
        lastEventId: upto,
      },
    });
  });
  return outcome;
}

/** The scheduled recipients whose next export is due (never exported, or `every_days` since the last one). */
export async function findDueExports(
  db: Kysely<Database>,
  now = new Date(),
): Promise<Array<{ recipient: string; outDir: string }>> {
  const rows = await db
    .selectFrom('share_exports')
    .select(['recipient', 'out_dir', 'every_days', 'last_exported_at'])
    .where('every_days', 'is not', null)
    .orderBy('recipient')
    .execute();
  return rows
    .filter(
      (row) =>
        !row.last_exported_at ||
        new Date(row.last_exported_at).getTime() + row.every_days! * 86_400_000 <= now.getTime(),
    )
    .map((row) => ({ recipient: row.recipient, outDir: row.out_dir }));
}
