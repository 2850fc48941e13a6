/** Grade letters in the colours the district's publications use for them: A green, B blue, C orange, D red. */
// Each carries white text and reads on white at 4.5:1 or more (GB/T 37668-2019 / WCAG 2.1 1.4.3).
const GRADE_COLORS: Record<string, string> = { A: '#237804', B: '#0958d9', C: '#ad6800', D: '#cf1322' };

export function colorOfGrade(grade: string): string {
  return GRADE_COLORS[grade.charAt(0)] ?? '#0958d9';
}
