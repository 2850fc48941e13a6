/**
 * Today's date in the district (China Standard Time, UTC+8, no daylight saving), as YYYY-MM-DD: deadlines,
 * acceptances, report dates and as-of dates are all counted in the district's calendar, whatever the server's clock
 * zone (a server in UTC would be a day behind until 08:00).
 */
export function todayInDistrict(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
