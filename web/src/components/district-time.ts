/**
 * Dates and times as the district reads them (Beijing time, UTC+8, no daylight saving since 1991), whatever the
 * browser's time zone: every page shows the server's instants through these, never through `toLocaleString`,
 * `new Date(…).toLocale…` or a bare `dayjs()`. The server counts days the same way (src/domain/district-date.ts).
 */
const DISTRICT_OFFSET_MS = 8 * 3_600_000;

/** The district's wall-clock time as YYYY-MM-DDTHH:mm:ss, or null for no or an unreadable instant. */
function districtClock(instant: string | number | Date | null | undefined): string | null {
  if (instant === null || instant === undefined || instant === '') return null;
  const time =
    instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(time)) return null;
  return new Date(time + DISTRICT_OFFSET_MS).toISOString().slice(0, 19);
}

/** "2026-11-22 10:31" in Beijing time, from an ISO instant; "—" when there is none. */
export function formatDateTime(instant: string | null | undefined): string {
  const clock = districtClock(instant);
  return clock === null ? '—' : `${clock.slice(0, 10)} ${clock.slice(11, 16)}`;
}

/** "2026-11-22", the district's date of an ISO instant; "—" when there is none. */
export function formatDate(instant: string | null | undefined): string {
  return districtClock(instant)?.slice(0, 10) ?? '—';
}

/** Today's date in the district, YYYY-MM-DD (the default of date pickers; the browser's own "today" may differ). */
export function districtToday(): string {
  return districtClock(Date.now())!.slice(0, 10);
}
