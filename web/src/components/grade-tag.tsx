import { Tag } from 'antd';

const GRADE_COLORS: Record<string, string> = { A: 'green', B: 'cyan', C: 'orange', D: 'red', E: 'volcano' };

/** A credit grade as a coloured tag (first letter decides the colour: A green … D red); 未评价 when there is none. */
export function GradeTag({ grade, label }: { grade: string | null | undefined; label?: string }) {
  if (!grade) return <Tag>未评价</Tag>;
  return (
    <Tag color={GRADE_COLORS[grade[0]] ?? 'blue'} data-grade={grade}>
      {grade}
      {label ? ` ${label}` : ''}
    </Tag>
  );
}
