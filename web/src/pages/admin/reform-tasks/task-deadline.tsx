import { Space, Typography } from 'antd';
import type { Schemas } from '../../../api/client.ts';
import { UncoveredDeadlineNote } from '../../../components/uncovered-deadline-note.tsx';

type Task = Schemas['ReformTask'];

/** The deadline as written, with the working days left (or 逾期) while the task is not done. */
export function TaskDeadline({
  task,
}: {
  task: Pick<Task, 'deadlineText' | 'status' | 'workingDaysLeft' | 'isCompletedLate' | 'isCovered'>;
}) {
  return (
    <Space direction="vertical" size={0}>
      <span>{task.deadlineText}</span>
      {task.status === 'late' && <Typography.Text type="danger">已逾期</Typography.Text>}
      {task.status === 'at_risk' && (
        <Typography.Text type="warning">还剩 {task.workingDaysLeft} 个工作日</Typography.Text>
      )}
      {task.workingDaysLeft !== null && <UncoveredDeadlineNote isCovered={task.isCovered} />}
      {task.isCompletedLate && <Typography.Text type="secondary">逾期完成</Typography.Text>}
    </Space>
  );
}
