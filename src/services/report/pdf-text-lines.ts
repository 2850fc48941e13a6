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

/** The height pdfkit gives `lineCount` lines: the document's y moved down line by line, then taken back. */
export function heightOfLines(doc: Doc, lineCount: number, lineGap: number): number {
  const lineHeight = doc.currentLineHeight(true);
  let y = doc.y;
  for (let index = 0; index < lineCount; index += 1) y += lineHeight + lineGap;
  return y - doc.y;
}

/** `doc.heightOfString(text, { width, lineGap })`, computed directly when each line fits (linesThatFit). */
export function heightOfText(doc: Doc, text: string, width: number, lineGap: number): number {
  const lines = linesThatFit(doc, text, width);
  return lines ? heightOfLines(doc, lines.length, lineGap) : doc.heightOfString(text, { width, lineGap });
}

/** pdfkit's drawing of one line of text at a point, as `text()` calls it (private: checked before it is used). */
type DrawFragment = (text: string, x: number, y: number, options: { textWidth: number; wordCount: number }) => void;

/**
 * One line at (x, y) as `doc.text(line, x, y, { lineBreak: false })` draws it, through the function that call ends
 * in; the measured width it is told (only read for links and underlines, which these lines have none of) spares it
 * measuring the line again.
 */
function drawLine(doc: Doc, line: string, x: number, y: number): void {
  const fragment = (doc as unknown as { _fragment?: DrawFragment })._fragment;
  if (typeof fragment === 'function') fragment.call(doc, line, x, y, { textWidth: 0, wordCount: 0 });
  else doc.text(line, x, y, { lineBreak: false });
}

/**
 * `doc.text(text, x, y, { width, align, lineGap })` in the current font, size and colour, drawn line by line when
 * each line fits (`lines`, from linesThatFit), the text is aligned left or right, and it ends well above the page's
 * bottom margin (below which pdfkit would start a new page). doc.x and doc.y are left where either way of drawing
 * leaves them: the caller sets them next.
 */
export function drawText(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  options: { width: number; align: 'left' | 'right' | 'center'; lineGap: number },
  lines: string[] | null = options.align === 'center' ? null : linesThatFit(doc, text, options.width),
): void {
  const { width, align, lineGap } = options;
  const lineHeight = doc.currentLineHeight(true);
  if (!lines || align === 'center' || y + (lines.length + 1) * (lineHeight + lineGap) + FIT_MARGIN > doc.page.maxY()) {
    doc.text(text, x, y, options);
    return;
  }
  let lineY = y;
  for (const line of lines) {
    if (line.length > 0) {
      const lineX = align === 'right' ? x + (wrapperLineWidth(width) - doc.widthOfString(line.replace(/\s+$/, ''))) : x;
      drawLine(doc, line, lineX, lineY);
    }
    lineY += lineHeight + lineGap;
  }
}
