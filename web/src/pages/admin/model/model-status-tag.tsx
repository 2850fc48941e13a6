import { Tag } from 'antd';
import type { Schemas } from '../../../api/client.ts';

type Status = Schemas['ModelVersionSummary']['status'];

const STATUS: Record<Status, { label: string; color: string }> = {
  published: { label: '现行发布', color: 'green' },
  simulated: { label: '已模拟', color: 'blue' },
  draft: { label: '草稿', color: 'default' },
  retired: { label: '已停用', color: 'default' },
};

/** A model version's place in its lifecycle (draft → simulated → published → retired). */
export function ModelStatusTag({ status }: { status: Status }) {
  return (
    <Tag color={STATUS[status].color} data-status={status}>
      {STATUS[status].label}
    </Tag>
  );
}
