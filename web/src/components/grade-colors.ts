/** Grade letters in the colours the district's publications use for them: A green, B blue, C orange, D red. */
const GRADE_COLORS: Record<string, string> = { A: '#389e0d', B: '#1677ff', C: '#d48806', D: '#cf1322' };

export function colorOfGrade(grade: string): string {
  return GRADE_COLORS[grade.charAt(0)] ?? '#1677ff';
}
