import type { Kysely } from 'kysely';
import { toDayNumber } from '../../domain/month-arithmetic.ts';
import { lastCoveredDay, UNCOVERED_DEADLINE_NOTE } from '../../domain/working-days.ts';
import type { Database } from '../../store/database.ts';
import { sendStaffMessages } from '../notifications/send-staff-messages.ts';
import { loadCalendarCatalog } from './calendar-catalog.ts';
import { readHolidayCalendar } from './read-holiday-calendar.ts';

/**
 * The daily run's reminder that the calendar is about to end: from reminder_days_before_end days before
 * the last covered day (catalog/holidays.yaml), the admins get one message per end date. Returns whether one was new.
 */
export async function remindCalendarEnd(
  db: Kysely<Database>,
  today: string,
): Promise<{ lastCoveredDay: string | null; isReminded: boolean }> {
  const calendar = await readHolidayCalendar(db);
  const last = lastCoveredDay(calendar);
  const daysLeft = last === null ? 0 : toDayNumber(last) - toDayNumber(today);
  if (daysLeft > loadCalendarCatalog().reminderDaysBeforeEnd) return { lastCoveredDay: last, isReminded: false };
  const nextYear = last === null ? Number(today.slice(0, 4)) : Number(last.slice(0, 4)) + 1;
  const sent = await sendStaffMessages(db, [
    {
      role: 'admin',
      departmentCode: null,
      topic: 'calendar',
      title: `请载入 ${nextYear} 年节假日安排`,
      body:
        `${last === null ? '尚未载入任何年度的节假日安排' : `已载入的节假日安排只到 ${last}（还有 ${Math.max(daysLeft, 0)} 天）`}。` +
        `请在国务院办公厅公布 ${nextYear} 年部分节假日安排后，在管理端“节假日安排”页面或用 xinping working-days load 载入。` +
        `在此之前，落在 ${nextYear} 年的工作日期限${UNCOVERED_DEADLINE_NOTE}。`,
      subjectType: 'holiday_year',
      subjectId: String(nextYear),
      dedupeKey: `holiday_calendar:ends:${last ?? 'none'}`,
    },
  ]);
  return { lastCoveredDay: last, isReminded: sent > 0 };
}
