import type { ReportProfile } from './report-profile.ts';

/**
 * Report numbers: <prefix>-<region code>-<issue date YYYYMMDD>-<sequence of the day>, e.g. XP-420703-20261121-000123.
 * The sequence restarts every day; the store hands it out (issue-report.ts), so two reports never share a number.
 */
export function formatReportNumber(format: ReportProfile['number'], issuedOn: string, sequence: number): string {
  return `${format.prefix}-${format.regionCode}-${issuedOn.replaceAll('-', '')}-${String(sequence).padStart(format.sequenceDigits, '0')}`;
}

/** A number as typed by a reader: upper-cased, spaces removed. */
export function normalizeReportNumber(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}
