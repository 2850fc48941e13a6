import PDFDocument from 'pdfkit';
import { loadReportFonts } from './report-fonts.ts';

export interface ChinesePdfOptions {
  margins: { top: number; bottom: number; left: number; right: number };
  info: PDFKit.DocumentInfo;
  /** Keep pages in memory to write footers on each page at the end (e.g. “第 N 页 共 M 页”). */
  bufferPages?: boolean;
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
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
}
