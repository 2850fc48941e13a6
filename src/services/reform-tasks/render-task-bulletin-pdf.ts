import { drawPdfTable } from '../report/pdf-table.ts';
import { openChinesePdf } from '../report/open-chinese-pdf.ts';
import type { TaskBulletin } from './build-task-bulletin.ts';
import { startOfDistrictDay } from '../../domain/district-date.ts';

const MARGINS = { top: 64, bottom: 56, left: 56, right: 56 };
const TEXT = '#1f2328';
const MUTED = '#57606a';
const TABLE_STYLE = { fontSize: 8.5, font: 'regular', boldFont: 'bold', showHeader: true, shadeFirstColumn: false };

/**
 * The bulletin as an A4 PDF with the report's embedded Chinese fonts (report-fonts.ts) and table drawing
 * (pdf-table.ts): the same content as the HTML page, dated by the bulletin's date so the same bulletin renders the
 * same document.
 */
export function renderTaskBulletinPdf(bulletin: TaskBulletin): Promise<Buffer> {
  const dated = startOfDistrictDay(bulletin.asOf);
  const { doc, finished } = openChinesePdf({
    margins: MARGINS,
    info: {
      Title: `${bulletin.title}（截至 ${bulletin.asOf}）`,
      Author: bulletin.offices.map((office) => office.office).join('、'),
      Creator: '信评 xinping',
      CreationDate: dated,
      ModDate: dated,
    },
  });
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const heading = (text: string, size: number) => {
    if (doc.y + size * 4 > doc.page.height - MARGINS.bottom) doc.addPage();
    doc.moveDown(0.6).fillColor(TEXT).font('bold').fontSize(size).text(text, MARGINS.left, doc.y, { width });
    doc.moveDown(0.3);
  };
  const paragraph = (text: string, color = TEXT) =>
    doc
      .fillColor(color)
      .font('regular')
      .fontSize(10)
      .text(text, MARGINS.left, doc.y, { width, lineGap: 3, paragraphGap: 4 });

  doc
    .fillColor(TEXT)
    .font('bold')
    .fontSize(20)
    .text(bulletin.title, MARGINS.left, MARGINS.top, { width, align: 'center', characterSpacing: 3 });
  doc
    .moveDown(0.3)
    .fillColor(MUTED)
    .font('regular')
    .fontSize(11)
    .text(`截至 ${bulletin.asOf}`, { width, align: 'center' });
  heading('一、总体情况', 13);
  for (const text of bulletin.summary) paragraph(text);
  doc.moveDown(0.3);
  drawPdfTable(doc, bulletin.phaseTable, { ...TABLE_STYLE, continuationTitle: '各阶段任务情况' });
  heading('二、各牵头单位任务推进情况', 13);
  for (const unit of bulletin.units) {
    heading(unit.heading, 10.5);
    if (unit.table) drawPdfTable(doc, unit.table, { ...TABLE_STYLE, continuationTitle: unit.unitName });
    else paragraph('暂无已完成、临期或逾期的任务。', MUTED);
  }
  heading('三、说明', 13);
  for (const note of bulletin.notes) paragraph(note, MUTED);
  doc.moveDown(1);
  for (const office of bulletin.offices)
    doc
      .fillColor(TEXT)
      .font('regular')
      .fontSize(10.5)
      .text(office.office, MARGINS.left, doc.y, { width, align: 'right' });
  doc.text(
    `${bulletin.asOf.slice(0, 4)} 年 ${Number(bulletin.asOf.slice(5, 7))} 月 ${Number(bulletin.asOf.slice(8, 10))} 日`,
    MARGINS.left,
    doc.y + 2,
    { width, align: 'right' },
  );
  doc.end();
  return finished;
}
