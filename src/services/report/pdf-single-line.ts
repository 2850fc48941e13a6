/**
 * Text that fits on one line, drawn and measured without pdfkit's line wrapper.
 *
 * `doc.text(text, x, y, { width })` and `doc.heightOfString(text, { width })` run pdfkit's LineWrapper, which splits
 * the text at every Unicode line-break opportunity (between any two Chinese characters) and measures each piece: most
 * of the cost of a report's tables, whose cells are short. When the whole text is narrower than the width it ends up
 * on one line, which pdfkit draws at the same place as these functions do (same arithmetic, same operators), so the
 * page is the same; any other text goes through pdfkit's own wrapping.
 */

type Doc = PDFKit.PDFDocument;

/** Characters that make pdfkit's wrapper break a line (mandatory breaks) or hyphenate (soft hyphen). */
const FORCED_BREAK = /[\n\r\u000b\u000c\u0085\u2028\u2029\u00ad]/;

/**
 * Room kept free: the wrapper adds up the widths of the pieces it breaks the text into, which can differ from the
 * width of the whole text by the kerning between two pieces; a text this close to the width is left to the wrapper.
 */
const FIT_MARGIN = 1;

/** The width pdfkit's wrapper gives a line of `width` (one column, no horizontal scaling). */
function wrapperLineWidth(width: number): number {
  return (width * 100) / 100;
}

/** Whether `text`, in the document's current font and size, fits on one line of `width` points. */
export function fitsOnOneLine(doc: Doc, text: string, width: number): boolean {
  return !FORCED_BREAK.test(text) && doc.widthOfString(text) + FIT_MARGIN <= wrapperLineWidth(width);
}

/** `doc.heightOfString(text, { width, lineGap })`, computed directly for a text that fits on one line. */
export function heightOfText(doc: Doc, text: string, width: number, lineGap: number): number {
  if (!fitsOnOneLine(doc, text, width)) return doc.heightOfString(text, { width, lineGap });
  // As pdfkit computes it: the document's y moved down by one line, then taken back.
  const y = doc.y;
  return y + (doc.currentLineHeight(true) + lineGap) - y;
}

/**
 * `doc.text(text, x, y, { width, align, lineGap })` in the current font, size and colour, drawn directly when the text
 * fits on one line, is aligned left or right, and ends well above the page's bottom margin (where pdfkit would start
 * a new page). doc.x and doc.y are left where either way of drawing leaves them: the caller sets them next.
 */
export function drawText(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  options: { width: number; align: 'left' | 'right' | 'center'; lineGap: number },
): void {
  const { width, align } = options;
  const isDirect =
    align !== 'center' &&
    y + doc.currentLineHeight(true) + FIT_MARGIN <= doc.page.maxY() &&
    fitsOnOneLine(doc, text, width);
  if (!isDirect) {
    doc.text(text, x, y, options);
    return;
  }
  if (text.length === 0) return;
  const lineX = align === 'right' ? x + (wrapperLineWidth(width) - doc.widthOfString(text.replace(/\s+$/, ''))) : x;
  doc.text(text, lineX, y, { lineBreak: false });
}
