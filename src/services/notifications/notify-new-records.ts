import { sql, type Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { isAppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { insertNotifications, type NewNotification } from '../../store/notification.repository.ts';
import { loadReportProfile } from '../report/report-profile.ts';
import { deliverMessages } from './notify-enterprise.ts';
import type { OutgoingMessage } from './notifier.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { findCreatedRecordIdRange, listCreatedRecordsOfBatch } from '../../store/record.repository.ts';
import { insertRepairNotices, type NewRepairNotice } from '../../store/repair-notice.repository.ts';
import { publicityOfRecord } from '../records/publicity-of-record.ts';
import { readableReference } from '../../domain/readable-reference.ts';

export interface BatchNotices {
  /** Inbox messages about new negative records. */
  messages: number;
  /** 信用修复提示函 issued (records with a repair path). */
  repairNotices: number;
  /** Set when the notices could not be issued (the batch stands; see notifyNewRecords). */
  skipped?: string;
}

/** Records read and notified per statement: a million-row batch is a hundred round trips, not a million. */
const CHUNK = 10_000;
/** Records described one by one in an enterprise's message about a batch; the rest are counted. */
const LINES_SHOWN = 5;

/** What an enterprise is told about one batch: how many new records, of which kinds, the first few described. */
interface EnterpriseNews {
  count: number;
  kinds: Set<string>;
  lines: string[];
  /** The message when the batch brought it one record: that record's, pointing at its repair notice if it has one. */
  first: Pick<NewNotification, 'title' | 'body' | 'subjectType' | 'subjectId'>;
}

/**
 * After an import or API push commits (commit-batch.ts): every negative record the batch created is told to its
 * enterprise in the inbox, and a record with a repair path also gets its 信用修复提示函 — the penalty decision and the
 * credit-repair notice reach the enterprise together ("两书同达", 003 §一(五)). The notice stores what it says (the
 * repair date from the dated rules in force on the decision date, `computePublicity`), so its PDF reads the same
 * whenever it is downloaded. Records are read and notices written CHUNK at a time by id range; then each enterprise
 * gets one inbox message (and one SMS or e-mail) for the batch, however many records it brought.
 * Never throws: the batch is committed whatever happens here.
 */
export async function notifyNewRecords(
  db: Kysely<Database>,
  batchId: number,
  today = todayInDistrict(),
): Promise<BatchNotices> {
  try {
    return await issueBatchNotices(db, batchId, today);
  } catch (error) {
    return { messages: 0, repairNotices: 0, skipped: isAppError(error) ? error.userMessage : (error as Error).message };
  }
}

async function issueBatchNotices(db: Kysely<Database>, batchId: number, today: string): Promise<BatchNotices> {
  const outcome: BatchNotices = { messages: 0, repairNotices: 0 };
  const catalog = loadCatalog();
  const negativeKinds = catalog.kinds.filter((kind) => kind.polarity === 'negative').map((kind) => kind.code);
  const { low, high } = await findCreatedRecordIdRange(db, batchId);
  if (low === null || high === null || negativeKinds.length === 0) return outcome;
  const numberOf = documentNumberSql(negativeKinds);
  const newsOf = new Map<number, EnterpriseNews>();
  // A batch's records share a few publicity regimes: each one's basis is written once.
  const basisOf = new Map<object, string>();
  const basis = (regime: { title: string; reference: Parameters<typeof readableReference>[0] }) => {
    let text = basisOf.get(regime);
    if (text === undefined) basisOf.set(regime, (text = `${regime.title}（${readableReference(regime.reference)}）`));
    return text;
  };
  const list = (from: number) => {
    const listed = listCreatedRecordsOfBatch(db, {
      batchId,
      kinds: negativeKinds,
      fromId: from,
      toId: from + CHUNK - 1,
      number: numberOf,
    });
    listed.catch(() => undefined); // awaited in the loop; this only keeps an early exit from reporting it unhandled
    return listed;
  };
  // The next range is read while this one's notices are written (on PostgreSQL on another connection of the pool).
  let listing = list(Number(low));
  for (let from = Number(low); from <= Number(high); from += CHUNK) {
    const rows = await listing;
    if (from + CHUNK <= Number(high)) listing = list(from + CHUNK);
    if (rows.length === 0) continue;
    const notices = rows.map((row) => {
      const kind = catalog.kind(row.kind)!;
      const department = catalog.department(row.department_code)?.shortName ?? row.department_code;
      const window = publicityOfRecord(row, today);
      const repairableFrom = row.status === 'active' ? (window?.repairableFrom ?? null) : null;
      const what = `${department}报送了贵企业的${kind.label}信息${row.number ? `（${row.number}）` : ''}${row.occurred_on ? `，决定日期 ${row.occurred_on}` : ''}。`;
      const repair = window?.repairPath
        ? window.repairPath.path
        : repairableFrom === null
          ? ''
          : repairableFrom <= today
            ? '该信息现已可以申请信用修复，详见信用修复提示函。'
            : `该信息自 ${repairableFrom} 起可以申请信用修复，详见信用修复提示函。`;
      return {
        recordId: Number(row.id),
        recordVersion: row.version,
        enterpriseId: Number(row.enterprise_id),
        kind: row.kind,
        departmentCode: row.department_code,
        decisionNumber: row.number,
        decidedOn: row.occurred_on,
        repairableFrom,
        publicUntil: window?.publicUntil ?? null,
        basis: window ? basis(window.regime) : '',
        remindedOn: repairableFrom !== null && repairableFrom <= today ? today : null,
        title: `新增${kind.label}信息`,
        body: what + repair,
      };
    });
    // The notices of the records with a repair path, one statement per chunk. A re-run finds them there already and
    // issues no second one.
    const issued = await insertRepairNotices(
      db,
      batchId,
      // Only the notice's own columns go to the database, not the message texts beside them.
      notices.flatMap(({ title, body, repairableFrom, ...notice }): NewRepairNotice[] =>
        repairableFrom === null ? [] : [{ ...notice, repairableFrom }],
      ),
    );
    outcome.repairNotices += issued.length;
    const noticeOf = new Map(issued.map((row) => [row.recordId, row.id]));
    for (const notice of notices) {
      const noticeId = noticeOf.get(notice.recordId);
      const news = newsOf.get(notice.enterpriseId);
      if (news === undefined) {
        newsOf.set(notice.enterpriseId, {
          count: 1,
          kinds: new Set([notice.kind]),
          lines: [notice.body],
          first: {
            title: notice.title,
            body: notice.body,
            subjectType: noticeId === undefined ? 'record' : 'repair_notice',
            subjectId: String(noticeId ?? notice.recordId),
          },
        });
      } else {
        news.count += 1;
        news.kinds.add(notice.kind);
        if (news.lines.length < LINES_SHOWN) news.lines.push(notice.body);
      }
    }
  }
  // Then one message per enterprise for the whole batch: a department's file of twenty penalties of one firm is one
  // message (and one SMS) listing them, not twenty.
  const messages = [...newsOf].map(([enterpriseId, news]): NewNotification => {
    if (news.count === 1) return { enterpriseId, topic: 'record', ...news.first };
    const kind = news.kinds.size === 1 ? catalog.kind([...news.kinds][0])!.label : '信用';
    const more = news.count - news.lines.length;
    return {
      enterpriseId,
      topic: 'record',
      title: `新增 ${news.count} 条${kind}信息`,
      body: [
        ...news.lines.map((line, index) => `${index + 1}. ${line}`),
        ...(more > 0 ? [`另有 ${more} 条，请在“我的记录”中查看。`] : []),
      ].join('\n'),
      subjectType: 'import_batch',
      subjectId: String(batchId),
    };
  });
  for (let start = 0; start < messages.length; start += CHUNK) {
    const chunk = messages.slice(start, start + CHUNK);
    await insertNotifications(db, chunk);
    await deliverMessages(
      chunk.map(
        (message): OutgoingMessage => ({
          enterpriseId: message.enterpriseId,
          topic: 'record',
          title: message.title,
          body: message.body,
        }),
      ),
    );
  }
  outcome.messages = messages.length;
  return outcome;
}

/** The record's document number (决定书文号, 案号 …) by kind, from the report's record layout. */
function documentNumberSql(kinds: string[]) {
  const layouts = loadReportProfile().records;
  const cases = kinds.flatMap((kind) => {
    const field = layouts.get(kind)?.number;
    return field ? [sql`when ${kind} then r.fields->>${field}`] : [];
  });
  return cases.length === 0
    ? sql<string | null>`null::text`
    : sql<string | null>`case r.kind ${sql.join(cases, sql` `)} else null end`;
}
