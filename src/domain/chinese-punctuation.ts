/**
 * Full-width punctuation in Chinese text (GB/T 15834-2011《标点符号用法》: Chinese text takes full-width marks). Model
 * and catalog files are written with half-width `,;:()` in places, and a published model's files are frozen
 * (model-management: its digest may not change), so text taken from them is set right where it is shown to users.
 */

/** A character after which, or inside whose parentheses, a mark belongs to Chinese text. */
const CHINESE = /[\p{Script=Han}“”‘’《》〈〉〔〕【】（）。，、；：！？]/u;

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：' };

/** `信用状况良好,按常规频次监管` → `信用状况良好，按常规频次监管`; `贷款金额(万元)` → `贷款金额（万元）`. */
export function withFullWidthPunctuation(text: string): string {
  // Innermost parentheses first, so `(…(五)…)` becomes `（…（五）…）` when it is Chinese.
  let result = text;
  for (;;) {
    const next = result.replace(/\(([^()]*)\)/g, (_whole, inside: string, offset: number) => {
      // Stryker disable next-line StringLiteral: any fallback without a Chinese character or mark reads the same.
      const before = result[offset - 1] ?? '';
      return CHINESE.test(before) || CHINESE.test(inside) ? `（${inside}）` : `\u0000${inside}\u0001`;
    });
    if (next === result) break;
    result = next;
  }
  return result
    .replace(/\u0000/g, '(')
    .replace(/\u0001/g, ')')
    .replace(/[,;:](?!\/\/)/g, (mark, offset: number, whole: string) =>
      // Stryker disable next-line StringLiteral: any fallback without a Chinese character or mark reads the same.
      CHINESE.test(whole[offset - 1] ?? '') ? (FULL_WIDTH[mark] ?? mark) : mark,
    );
}
