import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setFlatSubsets } from './flat-font-subsets.ts';

/**
 * The Chinese fonts embedded in report PDFs: Noto Sans Hans (SIL Open Font License) from the npm package
 * @embedpdf/fonts-sc (DESIGN.md: pdfkit with OTF fonts from an npm package, no system fonts needed). pdfkit embeds
 * only the glyphs a document uses (a subset), so a report stays small.
 *
 * Parsing an 8 MB OpenType font takes longer than laying out a whole report, so each font is parsed once per process
 * with the fontkit that pdfkit itself uses (resolved from pdfkit, so it is the very version pdfkit expects) and the
 * parsed font is handed to every document: pdfkit accepts a fontkit font wherever it accepts a font file. The subsets
 * are written without subroutines, from glyph programs flattened once per process (flat-font-subsets.ts): faster to
 * write and smaller than fontkit's own subsets, which copy every subroutine slot of the font.
 */
export interface ReportFonts {
  regular: ParsedFont;
  bold: ParsedFont;
}

/** A fontkit font, opaque here: only pdfkit reads it. */
export type ParsedFont = {
  readonly layout: (text: string) => unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
};

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(buffer: Buffer): ParsedFont };

let cached: ReportFonts | undefined;

function parseFont(file: string): ParsedFont {
  const font = fontkit.create(fs.readFileSync(path.join(FONT_DIR, file)));
  setFlatSubsets(font, true);
  return font;
}

export function loadReportFonts(): ReportFonts {
  cached ??= { regular: parseFont('NotoSansHans-Regular.otf'), bold: parseFont('NotoSansHans-Bold.otf') };
  return cached;
}
