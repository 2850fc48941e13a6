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
  });
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
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
}
