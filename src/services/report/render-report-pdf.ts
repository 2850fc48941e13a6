import { dimensionChartBars, gradeColor } from './dimension-chart.ts';
import { formatNumber } from './format-report-number.ts';
import { drawPdfTable, type PdfTableStyle } from './pdf-table.ts';
import { drawText } from './pdf-text-lines.ts';
import type { CreditReport } from './report.ts';
import { openChinesePdf } from './open-chinese-pdf.ts';
import { encodePdfSignature, PDF_SIGNATURE_ENTRY } from './verify-report-signature.ts';
import {
  CHART_TITLE,
  INACTIVE_NOTE,
  INACTIVE_TITLE,
  SECTION_TITLES,
  categoryTitle,
  coverRows,
  descriptionBlocks,
  enterpriseRows,
  evaluationRows,
  indicatorTable,
  recordTable,
  type LabelledValue,
  type ReportTable,
} from './report-tables.ts';

type Doc = PDFKit.PDFDocument;

// Layout in PDF points (A4 is 595.28 × 841.89).
const MARGINS = { top: 62, bottom: 62, left: 50, right: 50 };
const TEXT = '#1f2328';
const MUTED = '#57606a';
const ACCENT = '#1f6feb';
const RULE = '#d0d7de';
const BODY_SIZE = 10;
const TABLE_STYLE: PdfTableStyle = {
  fontSize: 8.5,
  font: 'regular',
  boldFont: 'bold',
  showHeader: true,
  shadeFirstColumn: false,
};
const KEY_VALUE_STYLE: PdfTableStyle = {
  fontSize: 9.5,
  font: 'regular',
  boldFont: 'bold',
  showHeader: false,
  shadeFirstColumn: true,
};

function contentWidth(doc: Doc): number {
  return doc.page.width - MARGINS.left - MARGINS.right;
}

function pageBottom(doc: Doc): number {
  return doc.page.height - MARGINS.bottom;
}

/** Starts a new page when less than `space` points are left, so a heading never ends a page on its own. */
function keepSpace(doc: Doc, space: number): void {
  if (doc.y + space > pageBottom(doc)) doc.addPage();
}

function heading(doc: Doc, text: string): void {
  keepSpace(doc, 90);
  doc.moveDown(0.6);
  const y = doc.y;
  doc.rect(MARGINS.left, y + 2, 3.5, 15).fill(ACCENT);
  doc.fillColor(TEXT).font('bold').fontSize(13);
  drawText(doc, text, MARGINS.left + 10, y, { width: contentWidth(doc) - 10, align: 'left', lineGap: 0 });
  doc.x = MARGINS.left;
  doc.moveDown(0.4);
}

function subheading(doc: Doc, text: string): void {
  keepSpace(doc, 60);
  doc.moveDown(0.3);
  doc.fillColor(TEXT).font('bold').fontSize(10.5);
  drawText(doc, text, MARGINS.left, doc.y, { width: contentWidth(doc), align: 'left', lineGap: 0 });
  doc.moveDown(0.2);
}

function paragraph(doc: Doc, text: string, color = TEXT): void {
  doc.fillColor(color).font('regular').fontSize(BODY_SIZE);
  drawText(doc, text, MARGINS.left, doc.y, { width: contentWidth(doc), align: 'left', lineGap: 3, paragraphGap: 4 });
}

function bullets(doc: Doc, items: string[]): void {
  for (const item of items) {
    keepSpace(doc, 16);
    const y = doc.y;
    doc
      .fillColor(TEXT)
      .font('regular')
      .fontSize(BODY_SIZE)
      .text('•', MARGINS.left + 4, y, { lineBreak: false });
    drawText(doc, item, MARGINS.left + 16, y, {
      width: contentWidth(doc) - 16,
      align: 'left',
      lineGap: 3,
      paragraphGap: 3,
    });
  }
  doc.x = MARGINS.left;
}

function table(doc: Doc, data: ReportTable, title: string): void {
  drawPdfTable(doc, data, { ...TABLE_STYLE, continuationTitle: title });
}

function keyValues(doc: Doc, rows: LabelledValue[]): void {
  drawPdfTable(
    doc,
    {
      columns: [
        { header: '项目', width: 0.24, align: 'left' },
        { header: '内容', width: 0.76, align: 'left' },
      ],
      rows: rows.map((cells) => ({ cells, tone: 'normal' })),
    },
    KEY_VALUE_STYLE,
  );
}

function cover(doc: Doc, report: CreditReport): void {
  const width = contentWidth(doc);
  doc
    .fillColor(MUTED)
    .font('regular')
    .fontSize(10)
    .text(report.issuer.platform, MARGINS.left, 80, { width, align: 'center' });
  doc
    .fillColor(TEXT)
    .font('bold')
    .fontSize(32)
    .text(report.title, MARGINS.left, 130, { width, align: 'center', characterSpacing: 6 });
  doc
    .fillColor(MUTED)
    .font('regular')
    .fontSize(13)
    .text(`${report.subtitle}（${report.audienceLabel}）`, MARGINS.left, doc.y + 8, { width, align: 'center' });
  doc.y = 250;
  keyValues(doc, coverRows(report));

  const evaluation = report.evaluation;
  const badgeY = doc.y + 24;
  doc.roundedRect(MARGINS.left, badgeY, 90, 64, 8).fill(gradeColor(report, evaluation.grade));
  doc
    .fillColor('#ffffff')
    .font('bold')
    .fontSize(38)
    .text(evaluation.grade, MARGINS.left, badgeY + 6, { width: 90, align: 'center', lineBreak: false });
  doc
    .fillColor(TEXT)
    .font('bold')
    .fontSize(15)
    .text(`信用等级 ${evaluation.grade} 级（${evaluation.gradeLabel}）`, MARGINS.left + 110, badgeY + 8, {
      width: width - 110,
    });
  doc
    .font('regular')
    .fontSize(11)
    .text(
      `综合得分 ${formatNumber(evaluation.score)} 分（满分 ${evaluation.scoreMax} 分）；市场监管信用风险分类 ${evaluation.samr.class} 类（${evaluation.samr.label}）`,
      MARGINS.left + 110,
      doc.y + 4,
      { width: width - 110 },
    );

  doc.y = Math.max(doc.y, badgeY + 64) + 40;
  doc
    .fillColor(MUTED)
    .font('regular')
    .fontSize(9)
    .text(report.notes.verification, MARGINS.left, doc.y, { width, lineGap: 2 });
  doc.text(`核验地址：${report.verification.path}`, MARGINS.left, doc.y + 4, { width });
}

/** Horizontal bars of the dimension scores, drawn as vector graphics. */
function dimensionChart(doc: Doc, report: CreditReport): void {
  const bars = dimensionChartBars(report);
  const labelWidth = 150;
  const barWidth = contentWidth(doc) - labelWidth - 40;
  const rowHeight = 24;
  const height = 18 + rowHeight * bars.length + 20;
  keepSpace(doc, height + 10);
  subheading(doc, CHART_TITLE);
  const top = doc.y + 14;
  const x0 = MARGINS.left + labelWidth;
  for (const fraction of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
    const x = x0 + fraction * barWidth;
    doc
      .moveTo(x, top - 2)
      .lineTo(x, top + rowHeight * bars.length)
      .lineWidth(0.5)
      .stroke(RULE);
    doc
      .fillColor(MUTED)
      .font('regular')
      .fontSize(7)
      .text(formatNumber(fraction * 100), x - 15, top - 12, { width: 30, align: 'center', lineBreak: false });
  }
  bars.forEach((bar, index) => {
    const y = top + index * rowHeight;
    doc.fillColor(TEXT).font('regular').fontSize(8.5);
    drawText(doc, bar.label, MARGINS.left, y + 1, { width: labelWidth - 8, align: 'right', lineGap: 0 });
    doc.fillColor(MUTED).fontSize(7);
    drawText(doc, bar.weight, MARGINS.left, y + 12, { width: labelWidth - 8, align: 'right', lineGap: 0 });
    doc.rect(x0, y + 4, barWidth, 12).fill('#eaeef2');
    if (bar.fraction > 0) doc.rect(x0, y + 4, bar.fraction * barWidth, 12).fill(bar.color);
    doc.fillColor(TEXT).font('bold').fontSize(8.5);
    drawText(doc, bar.score, x0 + barWidth + 6, y + 5, { width: 34, align: 'left', lineGap: 0 });
  });
  doc.x = MARGINS.left;
  doc.y = top + rowHeight * bars.length + 6;
  doc
    .fillColor(MUTED)
    .font('regular')
    .fontSize(8)
    .text('满分 100；颜色按等级分数线：绿 A、蓝 B、黄 C、红 D。', MARGINS.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.5);
}

/** Running header (from the second page) and the footer on every page: number, verification code, page N of M. */
function pageFrames(doc: Doc, report: CreditReport): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let index = range.start; index < range.start + total; index += 1) {
    doc.switchToPage(index);
    // Drawing in the margins must not make pdfkit start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const width = contentWidth(doc);
    if (index > range.start) {
      doc.fillColor(MUTED).font('regular').fontSize(8);
      drawText(doc, `${report.title} · ${report.enterprise.name}`, MARGINS.left, 30, {
        width: width * 0.7,
        align: 'left',
        lineGap: 0,
      });
      drawText(doc, report.audienceLabel, MARGINS.left + width * 0.7, 30, {
        width: width * 0.3,
        align: 'right',
        lineGap: 0,
      });
      doc
        .moveTo(MARGINS.left, 44)
        .lineTo(MARGINS.left + width, 44)
        .lineWidth(0.5)
        .stroke(RULE);
    }
    const footerY = doc.page.height - 42;
    doc
      .moveTo(MARGINS.left, footerY - 6)
      .lineTo(MARGINS.left + width, footerY - 6)
      .lineWidth(0.5)
      .stroke(RULE);
    doc.fillColor(MUTED).font('regular').fontSize(8);
    drawText(doc, `报告编号 ${report.number}  验证码 ${report.verification.code}`, MARGINS.left, footerY, {
      width: width * 0.75,
      align: 'left',
      lineGap: 0,
    });
    drawText(doc, `第 ${index - range.start + 1} 页 共 ${total} 页`, MARGINS.left + width * 0.75, footerY, {
      width: width * 0.25,
      align: 'right',
      lineGap: 0,
    });
    doc.page.margins.bottom = bottomMargin;
  }
}

/**
 * The report as an A4 PDF made in-process with pdfkit: embedded (subset) Chinese fonts, so the text renders anywhere
 * and can be extracted; a cover; the sections in the same order and with the same tables as the HTML page; the
 * dimension chart as vector graphics; tables that break across pages with their headers repeated; and on every page
 * a footer with the report number, the verification code and “第 N 页 共 M 页”.
 */
export function renderReportPdf(report: CreditReport): Promise<Buffer> {
  const issuedAt = new Date(report.issuedAt);
  const { doc, finished } = openChinesePdf({
    margins: MARGINS,
    bufferPages: true,
    info: {
      Title: `${report.title} ${report.enterprise.name} ${report.number}`,
      Author: report.issuer.name,
      Subject: `${report.subtitle}（${report.audienceLabel}）`,
      Keywords: `${report.number} ${report.enterprise.uscc}`,
      Creator: report.issuer.platform,
      CreationDate: issuedAt,
      ModDate: issuedAt,
      // The signature block, so `xinping report verify` checks the PDF offline (verify-report-signature.ts).
      [PDF_SIGNATURE_ENTRY]: encodePdfSignature(report.verification.signature),
    } as PDFKit.DocumentInfo,
  });

  cover(doc, report);
  doc.addPage();

  heading(doc, SECTION_TITLES.enterprise);
  keyValues(doc, enterpriseRows(report));

  heading(doc, SECTION_TITLES.evaluation);
  keyValues(doc, evaluationRows(report));
  dimensionChart(doc, report);

  heading(doc, SECTION_TITLES.indicators);
  paragraph(doc, '维度得分 = 基础分 + 各指标得分，限定在 0–100；对总分贡献 = 得分 × 权重。', MUTED);
  table(doc, indicatorTable(report), '指标得分');

  heading(doc, SECTION_TITLES.records);
  if (report.categories.length === 0) paragraph(doc, '评价基准日没有可展示的信用信息。');
  report.categories.forEach((category, index) => {
    const title = categoryTitle(index, category.category, category.records.length);
    subheading(doc, title);
    table(doc, recordTable(category.records), title);
  });
  if (report.inactiveRecords.length > 0) {
    const title = `${INACTIVE_TITLE}（${report.inactiveRecords.length} 条）`;
    subheading(doc, title);
    paragraph(doc, INACTIVE_NOTE, MUTED);
    table(doc, recordTable(report.inactiveRecords, { isInactiveSection: true }), title);
  }

  heading(doc, SECTION_TITLES.description);
  paragraph(doc, report.description.summary);
  paragraph(doc, report.description.dimensions);
  for (const block of descriptionBlocks(report)) {
    subheading(doc, block.heading);
    bullets(doc, block.items);
  }

  heading(doc, SECTION_TITLES.notes);
  subheading(doc, '异议');
  paragraph(doc, report.notes.objection);
  subheading(doc, '信用修复');
  paragraph(doc, report.notes.repair);

  heading(doc, SECTION_TITLES.about);
  paragraph(doc, report.notes.use);
  paragraph(doc, report.notes.verification);
  paragraph(doc, `核验地址：${report.verification.path}`);

  pageFrames(doc, report);
  doc.end();
  return finished;
}
