import { Space, Typography } from 'antd';
import type { Schemas } from '../../../api/client.ts';
import { GradeTag } from '../../../components/grade-tag.tsx';

type GradeCount = Schemas['IncubatorSummary']['grades'][number];

/** Hosted enterprises by grade as compact tags (A 5、B 12 …), with those not yet rated. */
export function IncubatorGrades({ grades, unrated }: { grades: GradeCount[]; unrated: number }) {
  const shown = grades.filter((row) => row.count > 0);
  if (shown.length === 0 && unrated === 0) return <Typography.Text type="secondary">无在孵企业</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap>
      {shown.map((row) => (
        <span key={row.grade} title={`${row.label} ${row.count} 家`}>
          <GradeTag grade={row.grade} />
          {row.count}
        </span>
      ))}
      {unrated > 0 && <Typography.Text type="secondary">未评价 {unrated}</Typography.Text>}
    </Space>
  );
}

export const percentText = (value: number) => `${(value * 100).toFixed(1)}%`;
