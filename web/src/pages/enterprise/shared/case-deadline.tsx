import { Typography } from 'antd';
import type { Schemas } from '../../../api/client.ts';
import { UncoveredDeadlineNote } from '../../../components/uncovered-deadline-note.tsx';

type Deadline = Schemas['Objection']['deadline'];

const BLOCK = { display: 'block', fontSize: 13 } as const;

/**
 * The working-day deadline of an objection or repair application, as the enterprise should read it: counted from
 * acceptance, so none before; red when overdue, orange when nearly due.
 */
export function CaseDeadline({
  deadline,
  state,
  noun,
  reviewWorkingDays,
}: {
  deadline: Deadline;
  state: string;
  noun: '办结' | '审核';
  reviewWorkingDays?: number;
}) {
  if (state === 'submitted')
    return (
      <Typography.Text type="secondary" style={BLOCK}>
        {reviewWorkingDays ? `受理后 ${reviewWorkingDays} 个工作日内${noun}` : `受理后开始计算${noun}时限`}
      </Typography.Text>
    );
  if (!deadline.dueOn) return null;
  const isOpen = state === 'accepted';
  if (!isOpen)
    return (
      <Typography.Text type="secondary" style={BLOCK}>
        {noun}时限 {deadline.dueOn}
      </Typography.Text>
    );
  const left = deadline.workingDaysLeft;
  const type = deadline.isOverdue ? 'danger' : deadline.isNearlyDue ? 'warning' : undefined;
  return (
    <Typography.Text type={type} data-due-on={deadline.dueOn} style={BLOCK}>
      {noun}时限 {deadline.dueOn}
      {deadline.isOverdue ? '（已超期）' : left !== null ? `（还剩 ${left} 个工作日）` : ''}
      <UncoveredDeadlineNote isCovered={deadline.isCovered} />
    </Typography.Text>
  );
}
