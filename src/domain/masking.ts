/**
 * Masking of a person's name shown outside the department that owns it (PIPL; DOMAIN.md §5: personal data is never
 * shown unmasked outside the owning department). The rule, counted in characters (code points), not UTF-16 units:
 * one character → "*"; two → the first and "*" (李*); three or more → the first, one "*" per hidden character, and
 * the last (张三明 → 张*明, 欧阳小明 → 欧**明). Spaces and the middle dot of transliterated names (阿卜杜·艾尼) stay visible, so
 * the shape of the name is kept but not its letters. Surrounding spaces are dropped; an empty name stays empty.
 */
const KEPT_SEPARATORS = new Set([' ', '·', '•', '.']);

export function maskPersonName(name: string): string {
  const characters = Array.from(name.trim());
  // Stryker disable next-line ConditionalExpression: the general rule below also turns no characters into ''.
  if (characters.length === 0) return '';
  if (characters.length === 1) return '*';
  if (characters.length === 2) return `${characters[0]}*`;
  const last = characters.length - 1;
  return characters
    .map((character, index) => (index === 0 || index === last || KEPT_SEPARATORS.has(character) ? character : '*'))
    .join('');
}
