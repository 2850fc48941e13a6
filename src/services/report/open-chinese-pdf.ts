import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { loadReportFonts } from './report-fonts.ts';

export interface ChinesePdfOptions {
  margins: { top: number; bottom: number; left: number; right: number };
  info: PDFKit.DocumentInfo;
  /** Keep pages in memory to write footers on each page at the end (e.g. “第 N 页 共 M 页”). */
  bufferPages?: boolean;
}

type LayoutCache = Record<string, unknown>;

/** Documents laid out with one shared cache before it starts again (a bound on its size: about 10 MB). */
const DOCUMENTS_PER_LAYOUT_CACHE = 100;
let documentsOnCache = 0;
// Without a prototype, as pdfkit's own: a word such as "constructor" must not find an inherited member.
const emptyCaches = (): Record<'regular' | 'bold', LayoutCache> => ({
  regular: Object.create(null),
  bold: Object.create(null),
});
let layoutCaches = emptyCaches();

/**
 * pdfkit lays out each word of a document with fontkit and keeps the result in a cache of its font object, which is
 * new for every document; the labels, headings and notes of every report are the same words, laid out again each
 * time. A laid-out word depends only on the parsed font (shared, report-fonts.ts) and its text, and pdfkit copies a
 * cached run before changing it, so the documents of a process share one cache per font.
 */
function nextLayoutCaches(): Record<'regular' | 'bold', LayoutCache> {
  documentsOnCache += 1;
  if (documentsOnCache > DOCUMENTS_PER_LAYOUT_CACHE) {
    documentsOnCache = 1;
    layoutCaches = emptyCaches();
  }
  return layoutCaches;
}

/** The parts of pdfkit's PDFReference (an indirect object, with a stream) read and written here. */
interface PdfReference {
  document: object;
  compress: boolean;
  buffer: Array<Uint8Array | string>;
  uncompressedLength: number;
  data: { Length?: number; Filter?: string };
  write(chunk: Uint8Array | string): void;
  finalize(): void;
}

/**
 * zlib's fastest level: the streams are page content (drawing operators) and the font subset, compressed once per
 * document; the default level (6) took about a tenth of the time to make a report, for a file a few per cent smaller.
 */
const DEFLATE_LEVEL = 1;
const streamedDocuments = new WeakSet<object>();
/** Each reference class seen, and whether it was patched (false: not the expected shape, left alone). */
const referenceClasses = new WeakMap<object, boolean>();

/** A stream's chunks as one buffer: each run of text turned into bytes at once (latin1, as pdfkit's own). */
function streamBytes(chunks: Array<Uint8Array | string>): Buffer {
  const parts: Uint8Array[] = [];
  let text: string[] = [];
  for (const chunk of chunks) {
    if (typeof chunk === 'string') {
      text.push(chunk);
      continue;
    }
    if (text.length > 0) parts.push(Buffer.from(text.join(''), 'latin1'));
    text = [];
    parts.push(chunk);
  }
  if (text.length > 0) parts.push(Buffer.from(text.join(''), 'latin1'));
  return Buffer.concat(parts);
}

/**
 * Patches pdfkit's reference class (written against pdfkit 0.20) for the documents opened here: the text written to
 * a stream (every drawing operator is one short string) is kept as text and turned into bytes once, instead of each
 * string into its own byte array, and the stream is deflated at DEFLATE_LEVEL. The bytes of the stream before
 * compression are the same; other documents are left to pdfkit.
 */
function patchReferenceClass(reference: Partial<PdfReference>): void {
  const proto = Object.getPrototypeOf(reference) as Partial<PdfReference>;
  if (referenceClasses.has(proto)) return;
  const ownWrite = proto.write;
  const ownFinalize = proto.finalize;
  const expected =
    typeof ownWrite === 'function' &&
    typeof ownFinalize === 'function' &&
    Array.isArray(reference.buffer) &&
    typeof reference.compress === 'boolean' &&
    typeof reference.uncompressedLength === 'number' &&
    /fromBinaryString\(chunk \+ '\\n'\)/.test(String(ownWrite)) &&
    /deflateSync\(this\.buffer\)/.test(String(ownFinalize));
  referenceClasses.set(proto, expected);
  if (!expected) return;
  proto.write = function (this: PdfReference, chunk: Uint8Array | string) {
    if (typeof chunk !== 'string' || !streamedDocuments.has(this.document)) return ownWrite.call(this, chunk);
    // As pdfkit's own write: one line per string, its characters as bytes (latin1).
    const line = `${chunk}\n`;
    this.buffer.push(line);
    this.uncompressedLength += line.length;
    this.data.Length = (this.data.Length ?? 0) + line.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function (this: PdfReference) {
    if (this.buffer.length > 0 && streamedDocuments.has(this.document)) {
      const bytes = streamBytes(this.buffer);
      this.buffer = [this.compress ? deflateSync(bytes, { level: DEFLATE_LEVEL }) : bytes];
      this.compress = false;
    }
    ownFinalize.call(this);
  };
}

/**
 * An A4 document with the embedded Chinese fonts registered as 'regular' and 'bold' (report-fonts.ts), in Chinese, its
 * title shown by viewers, and the finished file's bytes as a promise resolved when `doc.end()` has been called.
 */
export function openChinesePdf(options: ChinesePdfOptions): { doc: PDFKit.PDFDocument; finished: Promise<Buffer> } {
  const fonts = loadReportFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: options.margins,
    bufferPages: options.bufferPages ?? false,
    autoFirstPage: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: options.info,
    // No default font: pdfkit would parse Helvetica's metrics for every document, and a report only uses its own.
    font: null as unknown as string,
  });
  patchReferenceClass((doc as unknown as { page: { content: Partial<PdfReference> } }).page.content);
  streamedDocuments.add(doc);
  // pdfkit accepts a parsed fontkit font (report-fonts.ts); its type declarations only list files and buffers.
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  // The shared cache is attached whenever a font is selected (a font opened but unused would still be embedded).
  const caches = nextLayoutCaches();
  const selectFont = doc.font.bind(doc);
  doc.font = ((src: string, ...rest: unknown[]) => {
    selectFont(src, ...(rest as []));
    const font = (doc as unknown as { _font: { layoutCache?: LayoutCache } })._font;
    if ((src === 'regular' || src === 'bold') && font.layoutCache) font.layoutCache = caches[src];
    return doc;
  }) as typeof doc.font;
  // The regular font is the current one from the start, in place of pdfkit's Helvetica (not loaded, see above).
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
}
