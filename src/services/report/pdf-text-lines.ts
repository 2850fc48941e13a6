/**
 * Text whose lines each fit their width, drawn and measured without pdfkit's line wrapper.
 *
 * `doc.text(text, x, y, { width })` and `doc.heightOfString(text, { width })` run pdfkit's LineWrapper, which splits
 * the text at every Unicode line-break opportunity (between any two Chinese characters) and measures each piece: most
 * of the cost of a report's tables, whose cells are short. When each line of a text (split at its newlines) is
 * narrower than the width, the wrapper breaks it only at its newlines, and pdfkit draws each line at the place these
 * functions draw it (the same arithmetic, the same operators), so the page is the same; any other text is left to
 * pdfkit's own wrapping.
 */

type Doc = PDFKit.PDFDocument;

/** Line breaks other than a newline, and the soft hyphen (the wrapper may hyphenate there): left to the wrapper. */
const OTHER_BREAKS = /[\r\u000b\u000c\u0085\u2028\u2029\u00ad]/;

/**
 * Room kept free: the wrapper adds up the widths of the pieces it breaks a line into, which can differ from the
 * width of the whole line by the kerning between two pieces; a line this close to the width is left to the wrapper.
 */
const FIT_MARGIN = 1;

/** The width pdfkit's wrapper gives a line of `width` (one column, no horizontal scaling). */
function wrapperLineWidth(width: number): number {
  return (width * 100) / 100;
}

/**
 * The lines of `text`, in the document's current font and size, when each fits on a line of `width` points; null
 * when the wrapper could break it elsewhere than at its newlines.
 */
export function linesThatFit(doc: Doc, text: string, width: number): string[] | null {
  // A final newline ends the last line without starting another: left to the wrapper, as the other breaks.
  if (OTHER_BREAKS.test(text) || text.endsWith('\n')) return null;
  const lineWidth = wrapperLineWidth(width);
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    // The wrapper measures a line with the newline that ends it.
    const measured = index < lines.length - 1 ? `${lines[index]}\n` : lines[index]!;
    if (doc.widthOfString(measured) + FIT_MARGIN > lineWidth) return null;
  }
  return lines;
}

/** `doc.heightOfString(text, { width, lineGap })`, computed directly when each line fits (linesThatFit). */
export function heightOfText(doc: Doc, text: string, width: number, lineGap: number): number {
  const lines = linesThatFit(doc, text, width);
  if (!lines) return doc.heightOfString(text, { width, lineGap });
  // As pdfkit computes it: the document's y moved down line by line, then taken back.
  const lineHeight = doc.currentLineHeight(true);
  let y = doc.y;
  for (let index = 0; index < lines.length; index += 1) y += lineHeight + lineGap;
  return y - doc.y;
}

/**
 * `doc.text(text, x, y, { width, align, lineGap })` in the current font, size and colour, drawn line by line when
 * each line fits (linesThatFit), the text is aligned left or right, and it ends well above the page's bottom margin
 * (below which pdfkit would start a new page). doc.x and doc.y are left where either way of drawing leaves them: the
 * caller sets them next.
 */
export function drawText(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  options: { width: number; align: 'left' | 'right' | 'center'; lineGap: number },
): void {
  const { width, align, lineGap } = options;
  const lineHeight = doc.currentLineHeight(true);
  const lines = align === 'center' ? null : linesThatFit(doc, text, width);
  if (!lines || y + (lines.length + 1) * (lineHeight + lineGap) + FIT_MARGIN > doc.page.maxY()) {
    doc.text(text, x, y, options);
    return;
  }
  let lineY = y;
  for (const line of lines) {
    if (line.length > 0) {
      const lineX = align === 'right' ? x + (wrapperLineWidth(width) - doc.widthOfString(line.replace(/\s+$/, ''))) : x;
      doc.text(line, lineX, lineY, { lineBreak: false });
    }
    lineY += lineHeight + lineGap;
  }
}
