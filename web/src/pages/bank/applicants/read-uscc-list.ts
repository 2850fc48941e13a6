/**
 * The codes in what a bank pastes or uploads (one applicant per line; a CSV row may hold other columns): per line the
 * cell that looks like a USCC, else the first cell. A header line (统一社会信用代码 …) is skipped. Validation is the
 * server's: a line that is no code comes back as an error naming its row.
 */
export function readUsccList(text: string): string[] {
  const codes: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const cells = line
      .split(/[,;\t，；]/)
      .map((cell) => cell.trim().replace(/^"|"$/g, ''))
      .filter((cell) => cell !== '');
    if (cells.length === 0) continue;
    if (cells.some((cell) => /代码|uscc/i.test(cell))) continue;
    codes.push(cells.find((cell) => /^[0-9A-Za-z][0-9A-Za-z\s-]{16,}$/.test(cell)) ?? cells[0]!);
  }
  return codes;
}
