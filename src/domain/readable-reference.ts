/**
 * The legal basis of a rule as a person reads it. Catalog and model files cite the local policy documents in the
 * repository's short form (`000 §二(五)`: document 000, part 二, item (五); docs/policy/README.md) next to national
 * regulations, and sometimes point at the repository's own notes (`DOMAIN.md §6`, `README §3.1`,
 * `catalog/publicity-rules.yaml`). Users see the document's title and its part and item instead, and no repository
 * path: the notes themselves cite the regulations, which the same reference names.
 */

import { withFullWidthPunctuation } from './chinese-punctuation.ts';

/** The local policy documents of docs/policy/README.md by their number, as their titles are printed. */
export const POLICY_DOCUMENT_TITLES: Readonly<Record<string, string>> = {
  '000': '《华容区深化“信用+科技创新”先行区创建实施方案》',
  '001': '《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》',
  '002': '《成都高新区优化营商环境行动方案（2019—2020年）》',
  '003': '《洪山区营商环境改进提升行动任务措施》',
  '004': '《关于以创新主体需求为导向 持续优化科技领域营商环境的通知》',
};

const NUMERAL = '[一二三四五六七八九十百]+';
/** `§二(五)(二)`, `§(二十七)`, `§一`: a part and/or items, with half- or full-width parentheses. */
const CLAUSE = new RegExp(`§\\s*(${NUMERAL})?((?:[(（]${NUMERAL}[)）])*)`, 'gu');

function describeClause(part: string | undefined, items: string): string {
  const itemList = [...items.matchAll(new RegExp(`[(（](${NUMERAL})[)）]`, 'gu'))].map((match) => `（${match[1]}）`);
  const partText = part ? `第${part}部分` : '';
  const itemText = itemList.length > 0 ? `第${itemList.join('')}项` : '';
  return `${partText}${itemText}` || '';
}

/** One reference, e.g. `000 §二(五)“…”;DOMAIN.md §6` → `《华容区深化…实施方案》第二部分第（五）项“…”`. */
export function readableReference(reference: string | null | undefined): string {
  if (!reference) return '';
  const parts = reference
    .split(/[;；]/)
    .map((part) =>
      part
        // Repository notes and files: not for users (what they cite is named in the same reference).
        .replace(/(?:docs\/)?DOMAIN\.md\s*§?\s*[\d.]*/g, '')
        .replace(/(?:models\/\S+\/)?README(?:\.md)?\s*§\s*([\d.]+)/g, '评价模型说明第 $1 节')
        // A catalog file, with or without its folder, and the setting named after it (`supervision.yaml no_disturb`).
        .replace(/(?:catalog\/)?[\w-]+\.ya?ml(?:\s+[a-z][a-z_]*)?(?:\s*[(（][^)）]*[)）])?/g, '')
        .replace(/issue\s*#\d+(?:\s*§\s*[\d.]+)?(?:\s*“[^”]*”)?/gi, '')
        // `000 §二(五)` → the document's title and clause; a following `、§二(四)` belongs to the same document.
        .replace(
          new RegExp(`\\b(00\\d)\\s*((?:§\\s*(?:${NUMERAL})?(?:[(（]${NUMERAL}[)）])*[、，,\\s]*)+)`, 'gu'),
          (_whole, number: string, clauses: string) => {
            const title = POLICY_DOCUMENT_TITLES[number] ?? `第 ${number} 号政策文件`;
            const described = [...clauses.matchAll(CLAUSE)]
              // Stryker disable next-line StringLiteral: CLAUSE's item group always takes part in a match (maybe empty).
              .map((match) => describeClause(match[1], match[2] ?? ''))
              .filter(Boolean);
            const trailing = /[、，,]\s*$/.test(clauses) ? '，' : clauses.endsWith(' ') ? ' ' : '';
            return `${title}${described.join('、')}${trailing}`;
          },
        )
        // Stryker disable next-line StringLiteral: CLAUSE's item group always takes part in a match (maybe empty).
        .replace(CLAUSE, (_whole, part: string | undefined, items: string) => describeClause(part, items ?? ''))
        .replace(/[(（]\s*[)）]/g, '')
        .trim(),
    )
    .filter((part) => part.length > 0);
  return withFullWidthPunctuation(parts.join('；'));
}

/** An item with a `reference`, and next to it the same reference as a person reads it (`referenceText`). */
export function withReferenceText<Item extends { reference: string }>(item: Item): Item & { referenceText: string } {
  return { ...item, referenceText: readableReference(item.reference) };
}

/** Every reference inside a longer text (a message, an explanation) made readable: `…（000 §二(七)）` included. */
export function withReadableReferences(text: string): string {
  const pattern = new RegExp(
    `(?:\\b00\\d\\s*(?:§\\s*(?:${NUMERAL})?(?:[(（]${NUMERAL}[)）])*(?:、(?=§))?)+|(?:docs/)?DOMAIN\\.md\\s*§\\s*[\\d.]+|README\\s*§\\s*[\\d.]+|catalog/[\\w.-]+\\.ya?ml)`,
    'gu',
  );
  return text.replace(pattern, (match) => readableReference(match));
}
