import { drawText, heightOfLines, heightOfText, linesOf, type TextLine } from './pdf-text-lines.ts';
import type { ReportTable, RowTone } from './report-tables.ts';

/** The part of PDFKit.PDFDocument the table drawing uses. */
type Doc = PDFKit.PDFDocument;

export interface PdfTableStyle {
  fontSize: number;
  /** Names registered with doc.registerFont. */
  font: string;
  boldFont: string;
  /** Draws the column headers (again at the top of every page the table continues on). */
  showHeader: boolean;
  /** Shades the first column (key–value tables). */
  shadeFirstColumn: boolean;
  /** Printed above the repeated header on a continuation page: “续表:指标得分”. */
  continuationTitle?: string;
}

const PADDING = 3;
const BORDER = '#d0d7de';
const HEADER_FILL = '#eaeef2';
const TONES: Record<RowTone, { fill: string | null; color: string; bold: boolean }> = {
  normal: { fill: null, color: '#1f2328', bold: false },
  group: { fill: '#f6f8fa', color: '#1f2328', bold: true },
  negative: { fill: '#fff5f5', color: '#a40e26', bold: false },
  inactive: { fill: null, color: '#6e7781', bold: false },
};
// A cell longer than this is cut (with “…”) so that one row can never be taller than a page.
const MAX_CELL_CHARACTERS = 400;

function clip(text: string): string {
  // A string has at least as many UTF-16 units as characters: a short one needs no splitting.
  if (text.length <= MAX_CELL_CHARACTERS) return text;
  const characters = Array.from(text);
  return characters.length > MAX_CELL_CHARACTERS ? `${characters.slice(0, MAX_CELL_CHARACTERS - 1).join('')}…` : text;
}

/**
 * Draws a table from doc.y on, across as many pages as it needs: a row never splits, and each page the table
 * continues on starts with the column headers again (and the continuation title), so a 200-record table stays
 * readable on every page. Leaves doc.y below the table.
 */
export function drawPdfTable(doc: Doc, table: ReportTable, style: PdfTableStyle): void {
  const left = doc.page.margins.left;
  const totalWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const widths = table.columns.map((column) => column.width * totalWidth);
  const xs = widths.map((_, index) => left + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const lineGap = style.fontSize * 0.25;

  /** A row's height, and the lines of each cell (null: left to pdfkit). */
  const measure = (cells: string[], bold: boolean) => {
    doc.font(bold ? style.boldFont : style.font).fontSize(style.fontSize);
    let height = 0;
    const lines = cells.map((cell, index) => {
      const width = widths[index]! - 2 * PADDING;
      // An empty cell is as tall as a line, and draws nothing.
      const cellLines = cell === '' ? [] : linesOf(doc, cell, width);
      const cellHeight =
        cellLines && cellLines.length > 0
          ? heightOfLines(doc, cellLines, lineGap)
          : heightOfText(doc, cell || ' ', width, lineGap);
      height = Math.max(height, cellHeight);
      return cellLines;
    });
    return { height: height + 2 * PADDING, lines };
  };

  const drawCells = (
    y: number,
    cells: string[],
    row: { height: number; lines: (TextLine[] | null)[] },
    fill: string | null,
    color: string,
    bold: boolean,
  ) => {
    const { height } = row;
    cells.forEach((cell, index) => {
      const x = xs[index]!;
      const width = widths[index]!;
      const cellFill = fill ?? (style.shadeFirstColumn && index === 0 ? '#f6f8fa' : null);
      if (cellFill) doc.rect(x, y, width, height).fill(cellFill);
      doc.rect(x, y, width, height).lineWidth(0.5).stroke(BORDER);
      doc
        .fillColor(color)
        .font(bold ? style.boldFont : style.font)
        .fontSize(style.fontSize);
      drawText(
        doc,
        cell,
        x + PADDING,
        y + PADDING,
        { width: width - 2 * PADDING, align: table.columns[index]!.align, lineGap },
        row.lines[index]!,
      );
    });
  };

  const headers = table.columns.map((column) => column.header);
  const header = style.showHeader ? measure(headers, true) : { height: 0, lines: [] };
  let y = doc.y;
  const startPage = (isContinuation: boolean) => {
    if (isContinuation) {
      doc.addPage();
      y = doc.page.margins.top;
      if (style.continuationTitle) {
        doc
          .fillColor('#57606a')
          .font(style.font)
          .fontSize(style.fontSize)
          .text(`续表：${style.continuationTitle}`, left, y, { width: totalWidth });
        y = doc.y + 2;
      }
    }
    if (style.showHeader) {
      drawCells(y, headers, header, HEADER_FILL, '#1f2328', true);
      y += header.height;
    }
  };

  const rows = table.rows.map((row) => ({ ...row, cells: row.cells.map(clip) }));
  // The first row is measured once, to keep the header with at least it, and drawn with that measure.
  const first = rows.length > 0 ? measure(rows[0]!.cells, TONES[rows[0]!.tone].bold) : undefined;
  startPage(y + header.height + (first?.height ?? 0) > bottom());
  for (const [index, row] of rows.entries()) {
    const tone = TONES[row.tone];
    const measured = index === 0 && first ? first : measure(row.cells, tone.bold);
    if (y + measured.height > bottom()) startPage(true);
    drawCells(y, row.cells, measured, tone.fill, tone.color, tone.bold);
    y += measured.height;
  }
  doc.fillColor('#1f2328');
  doc.x = left;
  doc.y = y + 8;
}
