import type { CreditReport } from './report.ts';
import { renderReportHtml } from './render-report-html.ts';
import { renderReportPdf } from './render-report-pdf.ts';

/** The three forms of a report, all rendered from the same report data. */
export const REPORT_OUTPUT_FORMATS = ['json', 'html', 'pdf'] as const;
export type ReportOutputFormat = (typeof REPORT_OUTPUT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Record<ReportOutputFormat, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

export async function renderReport(report: CreditReport, format: ReportOutputFormat): Promise<Buffer> {
  if (format === 'pdf') return renderReportPdf(report);
  if (format === 'html') return Buffer.from(renderReportHtml(report), 'utf8');
  return Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8');
}
