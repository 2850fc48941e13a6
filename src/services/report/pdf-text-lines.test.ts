import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openChinesePdf } from './open-chinese-pdf.ts';
import { drawText, heightOfText, linesThatFit } from './pdf-text-lines.ts';

type Align = 'left' | 'right' | 'center';

// Short cells, a date range on two lines, Latin text with kerning pairs, a text just about the width, long text that
// wraps, blank lines, a trailing newline, a soft hyphen and spaces at the end.
const TEXTS = [
  '行政处罚',
  '鄂华市监处罚〔2025〕18号',
  '2025-03-18\n至 2027-03-17',
  '扣分:一般失信行政处罚\n异议中\n可申请修复日 2026-09-18',
  'AVATAR Ty. Wo. 1,234.50 万元',
  '湖北华容科技发展有限公司的行政许可信息',
  '因未按规定公示年度报告被列入经营异常名录，已于次年补报并申请移出，移出后信息仍公示至期满。',
  '第一行\n\n第三行',
  '末尾换行\n',
  'Infor\u00admation',
  '右对齐  ',
  '',
];
const WIDTHS = [40, 58.6, 110.4, 300];
const SIZES = [7, 8.5, 9.5];

/** The bytes of a one-page document with each text drawn by `draw` at the given sizes, widths and alignment. */
function pdfOf(draw: (doc: PDFKit.PDFDocument, text: string, y: number, width: number, align: Align) => void) {
  const { doc, finished } = openChinesePdf({
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
    info: { Title: 'lines', CreationDate: new Date('2026-01-01T00:00:00Z') },
  });
  let y = 40;
  for (const size of SIZES) {
    for (const width of WIDTHS) {
      for (const align of ['left', 'right', 'center'] as const) {
        for (const text of TEXTS) {
          if (y > 700) {
            doc.addPage();
            y = 40;
          }
          doc.font('regular').fontSize(size);
          draw(doc, text, y, width, align);
          y += 30;
        }
      }
    }
  }
  doc.end();
  return finished;
}

describe('text drawn from its lines without running the wrapper each time', () => {
  test('the pages are byte for byte those of pdfkit’s own wrapping, for varied texts, widths, sizes and alignments', async () => {
    // Each text is drawn at each size and width three times (once per alignment): the later ones from the lines kept.
    const options = { lineGap: 2, paragraphGap: 3 };
    const byPdfkit = await pdfOf((doc, text, y, width, align) => {
      doc.text(text, 60, y, { width, align, ...options });
      doc.text('·', doc.x, doc.y, { lineBreak: false });
    });
    const direct = await pdfOf((doc, text, y, width, align) => {
      drawText(doc, text, 60, y, { width, align, ...options });
      doc.text('·', doc.x, doc.y, { lineBreak: false });
    });
    assert.ok(byPdfkit.equals(direct));
  });

  test('a text’s height is the one pdfkit measures, whether its lines fit or are wrapped', () => {
    const { doc } = openChinesePdf({
      margins: { top: 40, bottom: 40, left: 40, right: 40 },
      info: { Title: 'heights' },
    });
    let direct = 0;
    for (const size of SIZES) {
      doc.font('regular').fontSize(size);
      for (const width of WIDTHS) {
        for (const text of TEXTS.filter(Boolean)) {
          if (linesThatFit(doc, text, width)) direct += 1;
          assert.equal(heightOfText(doc, text, width, 2.125), doc.heightOfString(text, { width, lineGap: 2.125 }));
        }
      }
    }
    assert.ok(direct > 0, 'some texts were measured without the wrapper');
  });

  test('a text wider than its line, ending in a newline or with a soft hyphen is left to the wrapper', () => {
    const { doc } = openChinesePdf({
      margins: { top: 40, bottom: 40, left: 40, right: 40 },
      info: { Title: 'fit' },
    });
    doc.font('regular').fontSize(8.5);
    assert.deepEqual(
      linesThatFit(doc, '2025-03-18\n至 2027-03-17', 60)?.map((line) => line.text),
      ['2025-03-18', '至 2027-03-17'],
    );
    assert.equal(linesThatFit(doc, '湖北华容科技发展有限公司的行政许可信息', 60), null);
    assert.equal(linesThatFit(doc, '末尾换行\n', 60), null);
    assert.equal(linesThatFit(doc, 'Infor\u00admation', 60), null);
  });
});
