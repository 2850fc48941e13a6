/**
 * Text drawn and measured from its lines, without running pdfkit's line wrapper each time.
 *
 * `doc.text(text, x, y, { width })` and `doc.heightOfString(text, { width })` run pdfkit's LineWrapper, which splits
 * the text at every Unicode line-break opportunity (between any two Chinese characters) and measures each piece: most
 * of the cost of a report. Here a text's lines come either from its newlines, when each line is narrower than the
 * width (the wrapper then breaks it only there), or from pdfkit's own wrapper, run once per process for a font, size,
 * width and text (the notes, labels and record marks of every report are the same texts). Each line is then drawn
 * where the wrapper would draw it, with the same arithmetic and through the same pdfkit function, so the page is the
 * same; text that would run onto another page is left to pdfkit.
 */

type Doc = PDFKit.PDFDocument;

/** A line of text as the wrapper hands it to the drawing: its text and the measures the drawing reads. */
export interface TextLine {
  text: string;
  /** The wrapper's width of the line (only read to centre it); null for a line split at a newline. */
  textWidth: number | null;
  wordCount: number;
  /** The last line of the text or of a paragraph in it (ended by a newline): the paragraph gap follows it. */
  endsParagraph: boolean;
}

export interface TextOptions {
  width: number;
  align: 'left' | 'right' | 'center';
  lineGap: number;
  paragraphGap?: number;
}

/** Line breaks other than a newline, and the soft hyphen (the wrapper may hyphenate there). */
const OTHER_BREAKS = /[\r\u000b\u000c\u0085\u2028\u2029\u00ad]/;

/**
 * Room kept free: the wrapper adds up the widths of the pieces it breaks a line into, which can differ from the
 * width of the whole line by the kerning between two pieces; a line this close to the width is left to the wrapper.
 */
const FIT_MARGIN = 1;

/**
 * The wrapper's lines of each text, by font, size and width (“NotoSansHans-Regular 10 495.28”), for the process;
 * cleared when it holds more than the bound.
 */
const wrappedTexts = new Map<string, Map<string, TextLine[]>>();
const MAX_WRAPPED_TEXTS = 5000;
let wrappedTextCount = 0;

/** The pdfkit internals used here: checked before they are used, pdfkit's own drawing otherwise. */
interface PdfkitText {
  _font?: { name?: string };
  _fontSize?: number;
  _text?: (
    text: string,
    x: number,
    y: number,
    options: object,
    lineCallback: (line: string, options: { textWidth: number; wordCount: number }) => void,
  ) => void;
  _fragment?: (text: string, x: number, y: number, options: object) => void;
}

/** The width pdfkit's wrapper gives a line of `width` (one column, no horizontal scaling). */
function wrapperLineWidth(width: number): number {
  return (width * 100) / 100;
}

/**
 * The lines of `text`, in the document's current font and size, when each fits on a line of `width` points; null
 * when the wrapper could break it elsewhere than at its newlines.
 */
export function linesThatFit(doc: Doc, text: string, width: number): TextLine[] | null {
  // A final newline ends the last line without starting another: left to the wrapper, as the other breaks.
  if (OTHER_BREAKS.test(text) || text.endsWith('\n')) return null;
  if (text === '') return [];
  const lineWidth = wrapperLineWidth(width);
  const parts = text.split('\n');
  for (let index = 0; index < parts.length; index += 1) {
    // The wrapper measures a line with the newline that ends it.
    const measured = index < parts.length - 1 ? `${parts[index]}\n` : parts[index]!;
    if (doc.widthOfString(measured) + FIT_MARGIN > lineWidth) return null;
  }
  return parts.map((part) => ({ text: part, textWidth: null, wordCount: 0, endsParagraph: true }));
}

/** The lines pdfkit's wrapper makes of `text` at `width` in the current font and size. */
function wrapLines(doc: Doc, internals: Required<PdfkitText>, text: string, width: number): TextLine[] {
  const lines: TextLine[] = [];
  const tops: number[] = [];
  const { x, y } = doc;
  // As heightOfString runs the wrapper (without a bottom, so that no page is started), with lines a step apart and a
  // paragraph gap that shows which lines end a paragraph: a newline, or a word too long for a line, cut.
  internals._text.call(
    doc,
    text,
    x,
    0,
    { width, height: Number.POSITIVE_INFINITY, paragraphGap: 1 },
    (line, options) => {
      lines.push({ text: line, textWidth: options.textWidth, wordCount: options.wordCount, endsParagraph: false });
      tops.push(doc.y);
      doc.y += 10;
    },
  );
  doc.x = x;
  doc.y = y;
  lines.forEach((line, index) => {
    line.endsParagraph = index === lines.length - 1 || tops[index + 1]! - tops[index]! > 10.5;
  });
  return lines;
}

/**
 * The lines of `text` at `width` in the current font and size: from its newlines when each fits, else as pdfkit's
 * wrapper makes them, kept for the process (the same notes and marks recur in every report); null when pdfkit's
 * internals are not as expected (the text is then left to pdfkit).
 */
export function linesOf(doc: Doc, text: string, width: number): TextLine[] | null {
  const internals = doc as unknown as PdfkitText;
  const fontName = internals._font?.name;
  if (typeof internals._text !== 'function' || typeof internals._fragment !== 'function' || !fontName) return null;
  const setting = `${fontName} ${internals._fontSize} ${width}`;
  let texts = wrappedTexts.get(setting);
  const known = texts?.get(text);
  if (known) return known;
  const lines = linesThatFit(doc, text, width);
  if (lines) return lines;
  // Only wrapped texts are kept: they cost the most, and are mostly the same from report to report (while short
  // cells, such as dates and decision numbers, are mostly a report's own).
  const wrapped = wrapLines(doc, internals as Required<PdfkitText>, text, width);
  if (wrappedTextCount >= MAX_WRAPPED_TEXTS) {
    wrappedTexts.clear();
    wrappedTextCount = 0;
    texts = undefined;
  }
  if (!texts) {
    texts = new Map();
    wrappedTexts.set(setting, texts);
  }
  texts.set(text, wrapped);
  wrappedTextCount += 1;
  return wrapped;
}

/** Where the document's y is after `lines`, from `y` on, as pdfkit moves it line by line. */
function yAfter(doc: Doc, lines: TextLine[], y: number, lineGap: number, paragraphGap: number): number {
  const lineHeight = doc.currentLineHeight(true);
  let lineY = y;
  for (const line of lines) {
    lineY += lineHeight + lineGap;
    if (line.endsParagraph) lineY += paragraphGap;
  }
  return lineY;
}

/** `doc.heightOfString(text, { width, lineGap })`, computed from the text's lines (as pdfkit: y moved, taken back). */
export function heightOfText(doc: Doc, text: string, width: number, lineGap: number): number {
  const lines = linesOf(doc, text, width);
  return lines ? yAfter(doc, lines, doc.y, lineGap, 0) - doc.y : doc.heightOfString(text, { width, lineGap });
}

/** The height of lines from linesOf, as heightOfText gives it. */
export function heightOfLines(doc: Doc, lines: TextLine[], lineGap: number): number {
  return yAfter(doc, lines, doc.y, lineGap, 0) - doc.y;
}

/**
 * `doc.text(text, x, y, options)` in the current font, size and colour, drawn from the text's lines (`lines`, from
 * linesOf) when they all end well above the page's bottom margin (below which pdfkit would start a new page). Leaves
 * doc.x at x and doc.y below the text, as pdfkit does.
 */
export function drawText(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  options: TextOptions,
  lines: TextLine[] | null = linesOf(doc, text, options.width),
): void {
  const { width, align, lineGap } = options;
  const paragraphGap = options.paragraphGap ?? 0;
  const fragment = (doc as unknown as PdfkitText)._fragment;
  const isDirect =
    lines !== null &&
    typeof fragment === 'function' &&
    (align !== 'center' || lines.every((line) => line.textWidth !== null)) &&
    yAfter(doc, lines, y, lineGap, paragraphGap) + doc.currentLineHeight(true) + FIT_MARGIN <= doc.page.maxY();
  if (!isDirect) {
    doc.text(text, x, y, options);
    return;
  }
  const lineHeight = doc.currentLineHeight(true);
  const lineWidth = wrapperLineWidth(width);
  let lineY = y;
  for (const line of lines!) {
    // The options the wrapper hands pdfkit's drawing of a line (the width it measured is only read to centre it).
    fragment!.call(doc, line.text, x, lineY, {
      width,
      align,
      lineWidth,
      textWidth: line.textWidth ?? 0,
      wordCount: line.wordCount,
    });
    lineY += lineHeight + lineGap;
    if (line.endsParagraph) lineY += paragraphGap;
  }
  doc.x = x;
  doc.y = lineY;
}
