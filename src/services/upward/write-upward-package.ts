import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { canonicalJson } from '../../domain/canonical-json.ts';
import { endOfDistrictDay, startOfDistrictDay, todayInDistrict } from '../../domain/district-date.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { digestHex, hashAlgorithmOfSignature, type HashAlgorithm } from '../crypto/crypto-suite.ts';
import { signData, type SigningKey } from '../crypto/signing-key.ts';
import { csvField } from '../import/write-rejections.ts';
import { readUpwardItems, type UpwardItem } from './read-upward-items.ts';
import { headersOf, UPWARD_EVENTS, type UpwardEvent } from './upward-rows.ts';
import { UPWARD_OPERATOR } from './push-upward-batches.ts';

export const UPWARD_PACKAGE_FORMAT = 'xinping-upward-package/1';
/** The columns before a data set's national headers: which item, what happened, which record and version. */
export const PACKAGE_LEAD_HEADERS = ['数据标识', '事件类型', '记录编号', '记录版本'];

/** What `manifest.json` says; `manifest.sig.json` carries the platform's signature over its canonical JSON. */
export interface UpwardManifest {
  format: typeof UPWARD_PACKAGE_FORMAT;
  period: { day: string; from: string; to: string };
  generatedAt: string;
  hashAlgorithm: HashAlgorithm;
  files: Array<{ name: string; dataSet: string; dataSetLabel: string; rows: number; digest: string }>;
  counts: { total: number; byEvent: Record<UpwardEvent, number> };
}

export interface UpwardPackage {
  day: string;
  directory: string;
  manifest: UpwardManifest;
  signature: string;
  isNew: boolean;
}

/**
 * Writes the signed file package of one district day: a UTF-8 CSV per data set (行政许可 and 行政处罚 under the
 * 双公示 headers, each other kind under its national headers, evaluation results), every item of the day once with
 * its event, and `manifest.json` with the period, each file's row count and digest (SM3 or SHA-256, as the platform's
 * crypto suite), the counts by event, signed with the platform's key (services/crypto/signing-key.ts, the key of
 * the audit checkpoints and reports) in `manifest.sig.json`. A day is packaged once; asked again, the package
 * already written is returned. Only a finished day is complete: the scheduled run packages days before today.
 */
export async function writeUpwardPackage(
  db: Kysely<Database>,
  key: SigningKey,
  options: { day: string; outDir: string; now?: Date; actor?: string },
): Promise<UpwardPackage> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.day) || Number.isNaN(startOfDistrictDay(options.day).getTime()))
    throw new AppError('INVALID_INPUT', `日期“${options.day}”格式不正确，应为 YYYY-MM-DD`);
  const existing = await findPackage(db, options.day);
  if (existing) return { ...existing, isNew: false };

  const now = options.now ?? new Date();
  const items = await readUpwardItems(db, { periodDay: options.day });
  const directory = path.join(options.outDir, options.day);
  fs.mkdirSync(directory, { recursive: true });
  const hashAlgorithm = hashAlgorithmOfSignature(key.algorithm);
  const byDataSet = new Map<string, UpwardItem[]>();
  for (const item of items) byDataSet.set(item.dataSet, [...(byDataSet.get(item.dataSet) ?? []), item]);

  const files: UpwardManifest['files'] = [];
  for (const [dataSet, rows] of [...byDataSet.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const headers = headersOf(dataSet);
    const lines = [
      [...PACKAGE_LEAD_HEADERS, ...headers],
      ...rows.map((item) => [
        item.idempotencyKey,
        item.eventLabel,
        item.recordId ?? '',
        item.recordVersion ?? '',
        ...headers.map((header) => item.row[header] ?? ''),
      ]),
    ];
    // The BOM lets spreadsheet programs read the Chinese headers as UTF-8.
    const content = Buffer.from(`\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`);
    const name = `${rows[0]!.dataSetLabel}.csv`;
    fs.writeFileSync(path.join(directory, name), content);
    files.push({
      name,
      dataSet,
      dataSetLabel: rows[0]!.dataSetLabel,
      rows: rows.length,
      digest: digestHex(hashAlgorithm, content),
    });
  }
  const byEvent = Object.fromEntries(UPWARD_EVENTS.map((event) => [event, 0])) as Record<UpwardEvent, number>;
  for (const item of items) byEvent[item.event] += 1;
  const manifest: UpwardManifest = {
    format: UPWARD_PACKAGE_FORMAT,
    period: {
      day: options.day,
      from: startOfDistrictDay(options.day).toISOString(),
      to: endOfDistrictDay(options.day).toISOString(),
    },
    generatedAt: now.toISOString(),
    hashAlgorithm,
    files,
    counts: { total: items.length, byEvent },
  };
  const signature = signData(key, canonicalJson(manifest));
  fs.writeFileSync(path.join(directory, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.writeFileSync(
    path.join(directory, 'manifest.sig.json'),
    `${JSON.stringify(
      {
        signedText: 'manifest.json 的规范 JSON（键排序、无空白）',
        signatureAlgorithm: key.algorithm,
        signature,
        publicKey: key.publicKeyPem,
        publicKeyFingerprint: key.fingerprint,
      },
      null,
      2,
    )}\n`,
  );

  const isNew = await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('upward_packages')
      .values({
        period_day: options.day,
        directory,
        manifest: JSON.stringify(manifest),
        signature,
        signature_algorithm: key.algorithm,
        public_key_fingerprint: key.fingerprint,
      })
      .onConflict((conflict) => conflict.column('period_day').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    await appendAuditEvent(trx, {
      actor: options.actor ?? UPWARD_OPERATOR,
      action: 'upward.packaged',
      subjectType: 'upward_package',
      subjectId: options.day,
      payload: { directory: path.basename(directory), items: items.length, files: files.map((file) => file.name) },
    });
    return true;
  });
  if (!isNew) return { ...(await findPackage(db, options.day))!, isNew: false };
  return { day: options.day, directory, manifest, signature, isNew };
}

/** The finished district days with items but no package yet, oldest first. */
export async function findDaysToPackage(db: Kysely<Database>, now = new Date()): Promise<string[]> {
  const rows = await sql<{ day: string }>`
    select distinct to_char(u.period_day, 'YYYY-MM-DD') as day from upward_items u
    where u.period_day < ${todayInDistrict(now)}::date
      and not exists (select 1 from upward_packages p where p.period_day = u.period_day)
    order by day`.execute(db);
  return rows.rows.map((row) => row.day);
}

async function findPackage(db: Kysely<Database>, day: string): Promise<Omit<UpwardPackage, 'isNew'> | undefined> {
  const row = await db
    .selectFrom('upward_packages')
    .select(['directory', 'manifest', 'signature'])
    .where('period_day', '=', day)
    .executeTakeFirst();
  if (!row) return undefined;
  const manifest = (typeof row.manifest === 'string' ? JSON.parse(row.manifest) : row.manifest) as UpwardManifest;
  return { day, directory: row.directory, manifest, signature: row.signature };
}
