/**
 * Pads text to a column width as a terminal shows it: CJK characters and full-width punctuation take two columns,
 * so String.padEnd alone misaligns Chinese tables.
 */
export function padDisplay(text: string, width: number): string {
  let columns = 0;
  for (const character of text) columns += isWide(character.codePointAt(0)!) ? 2 : 1;
  return columns >= width ? text : text + ' '.repeat(width - columns);
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}
