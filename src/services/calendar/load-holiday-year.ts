import type { Kysely } from 'kysely';
import YAML from 'yaml';
import { AppError } from '../../domain/app-error.ts';
import { readableReference } from '../../domain/readable-reference.ts';
import {
  checkHolidayArrangement,
  daysOf,
  describeProblem,
  type ArrangementProblem,
} from '../../domain/holiday-arrangement.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { deliverMessages } from '../notifications/notify-enterprise.ts';
import { loadCalendarCatalog } from './calendar-catalog.ts';
import { lockHolidayYear, upsertHolidayYear } from '../../store/holiday-year.repository.ts';
import { readHolidayCalendar } from './read-holiday-calendar.ts';
import { recomputeOpenDeadlines, type RecomputedDeadline } from './recompute-open-deadlines.ts';

export interface LoadedHolidayYear {
  year: number;
  reference: string;
  /** The reference as a person reads it. */
  referenceText: string;
  holidayDays: number;
  workdays: number;
  /** True when the year replaced one already in the database. */
  isReplacement: boolean;
  recomputed: RecomputedDeadline[];
}

/** Reads an arrangement file's text (YAML, of which JSON is a part); a syntax error names the line. */
function parseArrangement(text: string): unknown {
  try {
    return YAML.parse(text);
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    const problem: ArrangementProblem = {
      row: line ? `第 ${line} 行` : '文件',
      field: '-',
      reason: '不是有效的 YAML 或 JSON 文件',
    };
    throw new AppError('INVALID_INPUT', `节假日安排文件有误：${describeProblem(problem)}`, {
      details: { problems: [problem] },
      cause: error,
    });
  }
}

/**
 * Loads one year of the State Council's holiday arrangement, checked first: the year and its 文号
 * declared, every statutory holiday named, no date twice, 调休 working days on weekends and not holidays. The year
 * is written with who loaded it, audited, and the open deadlines counted across it are recomputed and told.
 */
export async function loadHolidayYear(
  db: Kysely<Database>,
  input: { text: string; actor: string },
): Promise<LoadedHolidayYear> {
  const checked = checkHolidayArrangement(parseArrangement(input.text), loadCalendarCatalog().statutoryHolidays);
  if (!checked.arrangement) {
    throw new AppError('INVALID_INPUT', `节假日安排文件有误：${checked.problems.map(describeProblem).join('；')}`, {
      details: { problems: checked.problems },
    });
  }
  const arrangement = checked.arrangement;
  const messages: OutgoingMessage[] = [];
  const result = await db.transaction().execute(async (trx) => {
    const previous = await lockHolidayYear(trx, arrangement.year);
    await upsertHolidayYear(trx, arrangement, input.actor);
    const holidayDays = arrangement.holidays.flatMap(daysOf).length;
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'holiday_year.loaded',
      subjectType: 'holiday_year',
      subjectId: String(arrangement.year),
      payload: {
        reference: arrangement.reference,
        holidays: arrangement.holidays,
        workdays: arrangement.workdays,
        previousReference: previous?.reference ?? null,
      },
    });
    const recomputed = await recomputeOpenDeadlines(
      trx,
      await readHolidayCalendar(trx),
      arrangement.year,
      input.actor,
      messages,
    );
    return { holidayDays, recomputed, isReplacement: previous !== undefined };
  });
  await deliverMessages(messages);
  return {
    year: arrangement.year,
    reference: arrangement.reference,
    referenceText: readableReference(arrangement.reference),
    holidayDays: result.holidayDays,
    workdays: arrangement.workdays.length,
    isReplacement: result.isReplacement,
    recomputed: result.recomputed,
  };
}
