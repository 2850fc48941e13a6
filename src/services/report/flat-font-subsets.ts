/**
 * Font subsets without subroutines for the report PDFs (report-fonts.ts).
 *
 * Noto Sans Hans is a CID-keyed CFF font whose glyph programs (Type 2 charstrings, Adobe TN 5177) call shared
 * subroutines: 641 global ones and the local ones of its 19 font dicts. fontkit's subset copies every subroutine slot
 * into each embedded font (a one-byte `return` for the unused ones) and parses each glyph to find the used ones, which
 * made up about 40 % of rendering a report. Here each glyph's charstring is flattened once per process (its calls
 * replaced by the subroutines' bodies) and kept on the parsed font, and the subset of a document is written from the
 * flattened charstrings with empty subroutine INDEXes: faster, and smaller, since a report uses few glyphs.
 */

/** Where a charstring or subroutine lies in the font file. */
export interface ByteRange {
  offset: number;
  length: number;
}

/** The parts of fontkit's parsed `CFF ` table read here. */
export interface CffTable {
  version: number;
  stream: { buffer: Uint8Array };
  topDict: { CharStrings: ByteRange[] };
  globalSubrIndex?: ByteRange[];
  privateDictForGlyph(gid: number): { Subrs?: ByteRange[] } | null;
}

/** A charstring this flattener does not handle (arithmetic operators, a computed subroutine number, CFF2 …). */
export class UnsupportedCharstring extends Error {}

/** Type 2 limits (TN 5177, appendix B). */
const MAX_SUBR_NESTING = 10;

/** Operators that take their operands and clear the stack (path construction, flex, dotsection); hints apart. */
const PATH_OPERATORS = new Set([4, 5, 6, 7, 8, 21, 22, 24, 25, 26, 27, 30, 31]);
const STEM_OPERATORS = new Set([1, 3, 18, 23]);
const ESCAPED_PATH_OPERATORS = new Set([0, 34, 35, 36, 37]);

/** The number added to a subroutine operand (TN 5177, 4.7): it depends only on how many subroutines there are. */
function subrBias(count: number): number {
  if (count < 1240) return 107;
  if (count < 33900) return 1131;
  return 32768;
}

/**
 * The charstring of glyph `gid` with every callsubr/callgsubr replaced by the called subroutine's body (without its
 * `return`), ending at the glyph's endchar. The outline, width and hints are those of the original.
 */
export function flattenCharstring(cff: CffTable, gid: number): Uint8Array {
  const glyph = cff.topDict.CharStrings[gid];
  if (cff.version !== 1 || !glyph) throw new UnsupportedCharstring(`glyph ${gid}: not a CFF 1 charstring`);
  const bytes = cff.stream.buffer;
  const globals = cff.globalSubrIndex ?? [];
  const locals = cff.privateDictForGlyph(gid)?.Subrs ?? [];
  let out = new Uint8Array(Math.max(64, glyph.length * 4));
  let written = 0;
  const write = (from: number, to: number) => {
    if (written + (to - from) > out.length) {
      const larger = new Uint8Array(Math.max(out.length * 2, written + (to - from)));
      larger.set(out.subarray(0, written));
      out = larger;
    }
    out.set(bytes.subarray(from, to), written);
    written += to - from;
  };
  // The operands on the stack: their values (for a subroutine number) and where each starts in `out`.
  const values: number[] = [];
  const starts: number[] = [];
  let stems = 0;
  let nesting = 0;
  const fail = (why: string): never => {
    throw new UnsupportedCharstring(`glyph ${gid}: ${why}`);
  };

  /** Copies a charstring or subroutine; true once endchar is reached (the glyph ends there, at any depth). */
  const run = (start: number, end: number): boolean => {
    let pos = start;
    while (pos < end) {
      const b0 = bytes[pos]!;
      if (b0 === 28 || b0 >= 32) {
        let size: number;
        let value: number;
        if (b0 === 28) {
          size = 3;
          value = ((bytes[pos + 1]! << 24) | (bytes[pos + 2]! << 16)) >> 16;
        } else if (b0 <= 246) {
          size = 1;
          value = b0 - 139;
        } else if (b0 <= 250) {
          size = 2;
          value = (b0 - 247) * 256 + bytes[pos + 1]! + 108;
        } else if (b0 <= 254) {
          size = 2;
          value = -(b0 - 251) * 256 - bytes[pos + 1]! - 108;
        } else {
          size = 5;
          value =
            ((bytes[pos + 1]! << 24) | (bytes[pos + 2]! << 16) | (bytes[pos + 3]! << 8) | bytes[pos + 4]!) / 65536;
        }
        if (pos + size > end) fail('an operand runs past its charstring');
        values.push(value);
        starts.push(written);
        write(pos, pos + size);
        pos += size;
        continue;
      }
      pos += 1;
      if (b0 === 10 || b0 === 29) {
        // callsubr / callgsubr: the subroutine number is the last operand, written just before; drop it.
        const number = values.pop();
        const at = starts.pop();
        if (number === undefined || at === undefined || !Number.isInteger(number))
          fail('a subroutine call without a literal number');
        const subrs = b0 === 10 ? locals : globals;
        const subr = subrs[number! + subrBias(subrs.length)];
        if (!subr) fail(`subroutine ${number} does not exist`);
        if (nesting === MAX_SUBR_NESTING) fail('subroutines nested too deep');
        written = at!;
        nesting += 1;
        if (run(subr!.offset, subr!.offset + subr!.length)) return true;
        nesting -= 1;
      } else if (b0 === 11) {
        return false; // return: the end of a subroutine, not written
      } else if (b0 === 14) {
        write(pos - 1, pos); // endchar
        return true;
      } else if (STEM_OPERATORS.has(b0) || b0 === 19 || b0 === 20) {
        // hstem, vstem, hstemhm, vstemhm, and hintmask/cntrmask, whose operands are implicit vstems; an odd operand
        // first is the width. The mask that follows has one bit per stem declared so far.
        stems += values.length >> 1;
        values.length = 0;
        starts.length = 0;
        const maskBytes = b0 === 19 || b0 === 20 ? (stems + 7) >> 3 : 0;
        if (pos + maskBytes > end) fail('a hint mask runs past its charstring');
        write(pos - 1, pos + maskBytes);
        pos += maskBytes;
      } else if (PATH_OPERATORS.has(b0)) {
        values.length = 0;
        starts.length = 0;
        write(pos - 1, pos);
      } else if (b0 === 12 && pos < end && ESCAPED_PATH_OPERATORS.has(bytes[pos]!)) {
        values.length = 0;
        starts.length = 0;
        write(pos - 1, pos + 1);
        pos += 1;
      } else {
        fail(`operator ${b0 === 12 ? `12 ${bytes[pos]}` : b0} is not supported`);
      }
    }
    return false;
  };
  run(glyph.offset, glyph.offset + glyph.length);
  return out.slice(0, written);
}

/** The flattened charstrings of each font, by glyph id (null: not flattened, the subset is left to fontkit). */
const flatCharstrings = new WeakMap<object, Map<number, Uint8Array | null>>();
/** The fonts whose subsets are written flat. */
const flatFonts = new WeakSet<object>();

function flatCharstring(font: { 'CFF '?: CffTable }, charstrings: Map<number, Uint8Array | null>, gid: number) {
  let flat = charstrings.get(gid);
  if (flat === undefined) {
    try {
      flat = flattenCharstring(font['CFF ']!, gid);
    } catch (error) {
      if (!(error instanceof UnsupportedCharstring)) throw error;
      flat = null;
    }
    charstrings.set(gid, flat);
  }
  return flat;
}

/** The fontkit subset of a CFF font, as far as the patch below reads and writes it. */
interface CffSubset {
  font: { 'CFF '?: CffTable };
  cff: CffTable & { fdForGlyph(gid: number): number | null; topDict: { FDArray?: FontDict[] } };
  glyphs: number[];
  charstrings: Uint8Array[];
  gsubrs: Uint8Array[];
  subsetCharstrings(): void;
  subsetSubrs(subrs: ByteRange[], used: Record<number, boolean>): Uint8Array[];
  subsetFontdict(topDict: SubsetTopDict): void;
}

/** A font dict of a CID-keyed CFF font, as fontkit parses and writes it. */
interface FontDict {
  FontName?: unknown;
  Private?: { Subrs?: unknown } | null;
}

/** The parts of a subset's top dict that `subsetFontdict` writes. */
interface SubsetTopDict {
  FDArray: FontDict[];
  FDSelect: { version: 0; fds: number[] };
}

const writtenFlat = new WeakSet<object>();
/** Each subset class seen, and whether it was patched (false: not the expected shape, left alone). */
const subsetClasses = new WeakMap<object, boolean>();

/**
 * Patches fontkit's CFF subset class (written against fontkit 2.0.4, the one pdfkit 0.20 depends on) so that the
 * subsets of the fonts passed to `setFlatSubsets` are written from flattened charstrings: `subsetCharstrings` takes
 * them from the font's cache and leaves the global subroutines empty, `subsetSubrs` then writes empty local
 * subroutine INDEXes. If the class does not look as expected, or one glyph of a document cannot be flattened, fontkit
 * writes the subset its own way.
 */
function patchSubsetClass(font: { createSubset(): unknown }): boolean {
  const subset = font.createSubset() as Partial<CffSubset> | null;
  const proto = subset ? (Object.getPrototypeOf(subset) as Partial<CffSubset>) : undefined;
  if (!proto) return false;
  const seen = subsetClasses.get(proto);
  if (seen !== undefined) return seen;
  const ownSubsetCharstrings = proto?.subsetCharstrings;
  const ownSubsetSubrs = proto?.subsetSubrs;
  const ownSubsetFontdict = proto?.subsetFontdict;
  const expected =
    typeof ownSubsetCharstrings === 'function' &&
    typeof ownSubsetSubrs === 'function' &&
    typeof ownSubsetFontdict === 'function' &&
    /this\.gsubrs\s*=\s*this\.subsetSubrs\(/.test(String(ownSubsetCharstrings)) &&
    /Subrs\s*=\s*this\.subsetSubrs\(/.test(String(ownSubsetFontdict)) &&
    /FDSelect\s*=\s*\{\s*version:\s*0,\s*fds:\s*\[\]/.test(String(ownSubsetFontdict)) &&
    Array.isArray(subset?.glyphs) &&
    subset?.font === font;
  subsetClasses.set(proto, expected);
  if (!expected) return false;
  proto.subsetCharstrings = function (this: CffSubset) {
    const charstrings = flatFonts.has(this.font) ? flatCharstrings.get(this.font) : undefined;
    const flat = charstrings && this.glyphs.map((gid) => flatCharstring(this.font, charstrings, gid));
    if (!flat || flat.some((charstring) => charstring === null)) return ownSubsetCharstrings.call(this);
    this.charstrings = flat as Uint8Array[];
    this.gsubrs = [];
    writtenFlat.add(this);
  };
  proto.subsetSubrs = function (this: CffSubset, subrs: ByteRange[], used: Record<number, boolean>) {
    return writtenFlat.has(this) ? [] : ownSubsetSubrs.call(this, subrs, used);
  };
  // fontkit's own, without parsing every glyph to find the local subroutines it calls: a flat subset has none.
  proto.subsetFontdict = function (this: CffSubset, topDict: SubsetTopDict) {
    if (!writtenFlat.has(this)) return ownSubsetFontdict.call(this, topDict);
    topDict.FDArray = [];
    topDict.FDSelect = { version: 0, fds: [] };
    const subsetIndexOfFd = new Map<number, number>();
    for (const gid of this.glyphs) {
      const fd = this.cff.fdForGlyph(gid);
      if (fd == null) continue;
      let index = subsetIndexOfFd.get(fd);
      if (index === undefined) {
        index = topDict.FDArray.push(Object.assign({}, this.cff.topDict.FDArray![fd])) - 1;
        subsetIndexOfFd.set(fd, index);
      }
      topDict.FDSelect.fds.push(index);
    }
    for (const dict of topDict.FDArray) {
      delete dict.FontName;
      if (dict.Private?.Subrs) dict.Private = { ...dict.Private, Subrs: [] };
    }
  };
  return true;
}

/**
 * Whether the subsets pdfkit embeds of this parsed fontkit font are written without subroutines (from charstrings
 * flattened once and kept for the process) or by fontkit itself. Returns whether flat subsets are in use.
 */
export function setFlatSubsets(font: object, flat: boolean): boolean {
  const cffFont = font as { 'CFF '?: Partial<CffTable>; createSubset?: () => unknown };
  const cff = cffFont['CFF '];
  const readable =
    cff?.version === 1 &&
    cff.stream?.buffer instanceof Uint8Array &&
    Array.isArray(cff.topDict?.CharStrings) &&
    typeof cff.privateDictForGlyph === 'function' &&
    typeof cffFont.createSubset === 'function';
  if (!flat || !readable) {
    flatFonts.delete(font);
    return false;
  }
  if (!patchSubsetClass(cffFont as { createSubset(): unknown })) return false;
  if (!flatCharstrings.has(font)) flatCharstrings.set(font, new Map());
  flatFonts.add(font);
  return true;
}
