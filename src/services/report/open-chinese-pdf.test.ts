import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { describe, test } from 'node:test';
import PDFDocument from 'pdfkit';
import { openChinesePdf } from './open-chinese-pdf.ts';
import { loadReportFonts } from './report-fonts.ts';

const INFO = { Title: 'streams', CreationDate: new Date('2026-01-01T00:00:00Z') };

/** The same two pages, whatever the document: text in both fonts, shapes and colours. */
function drawPages(doc: PDFKit.PDFDocument): void {
  doc.font('regular').fontSize(10).fillColor('#1f2328').text('信用评价报告 Credit report 2026-01-01', 50, 60);
  doc.rect(50, 100, 200, 20).fill('#eaeef2');
  doc.font('bold').fontSize(13).text('一、基本信息', 50, 130, { width: 300 });
  doc.addPage();
  doc.font('regular').fontSize(8.5).text('第 2 页 共 2 页', 50, 60, { width: 100, align: 'right' });
}

/** Every stream of a PDF, inflated when it is compressed, in file order. */
function streamsOf(pdf: Buffer): Buffer[] {
  const streams: Buffer[] = [];
  const text = pdf.toString('latin1');
  const pattern = /\/Length (\d+)[\s\S]*?>>\nstream\n/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    const body = pdf.subarray(start, start + Number(match[1]));
    streams.push(match[0].includes('/FlateDecode') ? inflateSync(body) : Buffer.from(body));
  }
  return streams;
}

describe('the report PDF document', () => {
  test('its streams hold, once inflated, the very bytes pdfkit writes itself', async () => {
    const { doc, finished } = openChinesePdf({ margins: { top: 50, bottom: 50, left: 50, right: 50 }, info: INFO });
    drawPages(doc);
    doc.end();
    const ours = streamsOf(await finished);

    const fonts = loadReportFonts();
    const plain = new PDFDocument({
      size: 'A4',
      lang: 'zh-CN',
      displayTitle: true,
      info: INFO,
      font: null as unknown as string,
    });
    plain.registerFont('regular', fonts.regular as unknown as Buffer);
    plain.registerFont('bold', fonts.bold as unknown as Buffer);
    const chunks: Buffer[] = [];
    plain.on('data', (chunk: Buffer) => chunks.push(chunk));
    const plainFinished = new Promise<Buffer>((resolve) => plain.on('end', () => resolve(Buffer.concat(chunks))));
    drawPages(plain);
    plain.end();
    const theirs = streamsOf(await plainFinished);

    assert.ok(ours.length >= 4, 'two pages of content and two fonts');
    assert.deepEqual(ours, theirs);
  });
});
