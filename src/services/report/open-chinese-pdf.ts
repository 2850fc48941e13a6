import PDFDocument from 'pdfkit';
import { loadReportFonts } from './report-fonts.ts';

export interface ChinesePdfOptions {
  margins: { top: number; bottom: number; left: number; right: number };
  info: PDFKit.DocumentInfo;
  /** Keep pages in memory to write footers on each page at the end (e.g. “第 N 页 共 M 页”). */
  bufferPages?: boolean;
}

type LayoutCache = Record<string, unknown>;

/** Entries kept before a shared cache starts again: about 10 MB of laid-out words. */
const LAYOUT_CACHE_LIMIT = 20_000;
const layoutCaches: Partial<Record<'regular' | 'bold', { cache: LayoutCache; size: number }>> = {};

/**
 * pdfkit lays out each word of a document with fontkit and keeps the result in a cache of its font object, which is
 * new for every document; the labels, headings and notes of every report are the same words, laid out again each
 * time. A laid-out word depends only on the parsed font (shared, report-fonts.ts) and its text, and pdfkit copies a
 * cached run before changing it, so the documents of a process share one cache per font. It is bounded: past the
 * limit it starts again.
 */
function shareLayoutCache(font: { layoutCache?: LayoutCache }, name: 'regular' | 'bold'): void {
  if (!font.layoutCache) return;
  let shared = layoutCaches[name];
  if (!shared || shared.size > LAYOUT_CACHE_LIMIT) {
    shared = { cache: Object.create(null), size: 0 };
    layoutCaches[name] = shared;
  }
  const counted = shared;
  // Counted on insertion, so the bound holds without enumerating the cache.
  font.layoutCache = new Proxy(counted.cache, {
    set(target, key, value) {
      if (!(key in target)) counted.size += 1;
      return Reflect.set(target, key, value);
    },
  });
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
  // The shared cache is attached when a font is first used (a font opened but unused would still be embedded).
  const selectFont = doc.font.bind(doc);
  const fontsSeen = new Set<unknown>();
  doc.font = ((src: string, ...rest: unknown[]) => {
    selectFont(src, ...(rest as []));
    const font = (doc as unknown as { _font: { layoutCache?: LayoutCache } })._font;
    if ((src === 'regular' || src === 'bold') && !fontsSeen.has(font)) {
      fontsSeen.add(font);
      shareLayoutCache(font, src);
    }
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
