import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { type CffTable, flattenCharstring, setFlatSubsets, UnsupportedCharstring } from './flat-font-subsets.ts';
import { loadReportFonts } from './report-fonts.ts';

const require = createRequire(import.meta.url);
const fontkitRequire = createRequire(createRequire(require.resolve('pdfkit')).resolve('fontkit'));
const { DecodeStream } = fontkitRequire('restructure') as { DecodeStream: new (buffer: Uint8Array) => unknown };

interface Glyph {
  id: number;
  path: { toSVG(): string };
  _usedSubrs: Record<number, boolean>;
  _usedGsubrs: Record<number, boolean>;
  _getPath(): { toSVG(): string };
}
interface Font {
  'CFF ': CffTable;
  glyphForCodePoint(codePoint: number): Glyph;
}

/** The outline fontkit draws from a charstring alone: a font whose only glyph it is, without subroutines. */
function outlineOf(charstring: Uint8Array, font: Font, like: Glyph): string {
  const cff = font['CFF '];
  const alone = {
    'CFF ': {
      version: 1,
      stream: new DecodeStream(Buffer.from(charstring)),
      topDict: { CharStrings: [{ offset: 0, length: charstring.length }] },
      globalSubrIndex: [],
      privateDictForGlyph: () => ({ ...cff.privateDictForGlyph(like.id), Subrs: [] }),
    },
  };
  const glyph = Object.create(Object.getPrototypeOf(like)) as Glyph & { _font: unknown };
  glyph.id = 0;
  glyph._font = alone;
  return glyph._getPath().toSVG();
}

/** The operators of a charstring without subroutine calls, hint mask bytes skipped (TN 5177). */
function operatorsOf(charstring: Uint8Array): number[] {
  const operators: number[] = [];
  let operands = 0;
  let stems = 0;
  let pos = 0;
  while (pos < charstring.length) {
    const b0 = charstring[pos]!;
    if (b0 === 28 || b0 >= 32) {
      pos += b0 === 28 ? 3 : b0 <= 246 ? 1 : b0 <= 254 ? 2 : 5;
      operands += 1;
      continue;
    }
    pos += b0 === 12 ? 2 : 1;
    operators.push(b0);
    if ([1, 3, 18, 23, 19, 20].includes(b0)) stems += operands >> 1;
    if (b0 === 19 || b0 === 20) pos += (stems + 7) >> 3;
    operands = 0;
  }
  return operators;
}

const CALLSUBR = 10;
const CALLGSUBR = 29;
const HINTMASK = 19;

/** ASCII, Chinese and full-width punctuation, and CJK ideographs spread over the whole block: a few hundred. */
const sampleText = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCodePoint(0x20 + index)),
  ...'，。、；：？！“”‘’（）《》【】〔〕—…·￥％＋－＝',
  ...'信用报告等级华容区发展和改革经济信息化局行政处罚已修复异议中第页共',
  ...Array.from({ length: 220 }, (_, index) => String.fromCodePoint(0x4e00 + index * 95)),
].join('');

describe('flattening the glyph programs of the report fonts', () => {
  for (const name of ['regular', 'bold'] as const) {
    test(`every sampled glyph of the ${name} font draws the same outline flattened as with its subroutines, and the sample calls local and global subroutines and uses hint masks`, () => {
      const font = loadReportFonts()[name] as unknown as Font;
      const glyphs = new Map<number, Glyph>();
      for (const char of sampleText) {
        const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
        assert.ok(glyph.id > 0, `the font has a glyph for ${char}`);
        glyphs.set(glyph.id, glyph);
      }
      assert.ok(glyphs.size > 300, `${glyphs.size} distinct glyphs`);
      const seen = { local: 0, global: 0, hintmask: 0 };
      for (const glyph of glyphs.values()) {
        const original = glyph.path.toSVG();
        const flat = flattenCharstring(font['CFF '], glyph.id);
        const operators = operatorsOf(flat);
        assert.ok(!operators.includes(CALLSUBR) && !operators.includes(CALLGSUBR), `glyph ${glyph.id} calls nothing`);
        assert.equal(outlineOf(flat, font, glyph), original, `glyph ${glyph.id}`);
        if (Object.keys(glyph._usedSubrs).length > 0) seen.local += 1;
        if (Object.keys(glyph._usedGsubrs).length > 0) seen.global += 1;
        if (operators.includes(HINTMASK)) seen.hintmask += 1;
      }
      assert.ok(seen.local > 50 && seen.global > 50 && seen.hintmask > 50, JSON.stringify(seen));
    });
  }

  test('a charstring computing with arithmetic operators is refused, so the subset is left to fontkit', () => {
    // 1 2 add (12 10) vmoveto endchar
    const bytes = Uint8Array.from([140, 141, 12, 10, 4, 14]);
    const cff: CffTable = {
      version: 1,
      stream: { buffer: bytes },
      topDict: { CharStrings: [{ offset: 0, length: bytes.length }] },
      privateDictForGlyph: () => ({}),
    };
    assert.throws(() => flattenCharstring(cff, 0), UnsupportedCharstring);
  });

  test('a font whose subset class is not the one the patch was written for keeps the subsets fontkit writes', () => {
    class OtherSubset {
      glyphs = [0];
      constructor(readonly font: object) {}
      subsetCharstrings() {}
      subsetSubrs() {
        return [];
      }
      subsetFontdict() {}
    }
    const ownMethods = { ...Object.getOwnPropertyDescriptors(OtherSubset.prototype) };
    const font = {
      'CFF ': {
        version: 1,
        stream: { buffer: new Uint8Array(0) },
        topDict: { CharStrings: [] },
        privateDictForGlyph: () => null,
      },
      createSubset: (): OtherSubset => new OtherSubset(font),
    };
    assert.equal(setFlatSubsets(font, true), false);
    assert.deepEqual(Object.getOwnPropertyDescriptors(OtherSubset.prototype), ownMethods);
  });
});
