import { Tag } from 'antd';

/** Standing of a record (list-own-records.ts): still published in orange, repairable in blue, finished in grey or green. */
const STATUS_COLORS: Record<string, string> = {
  公示中: 'orange',
  可申请修复: 'blue',
  公示期满: 'default',
  已修复: 'green',
  已撤销: 'default',
  已移出: 'default',
  已过期: 'default',
  有效: 'green',
};

const MARK_COLORS: Record<string, string> = { 异议中: 'purple', 修复申请中: 'cyan' };

export function RecordStatusTag({ label }: { label: string }) {
  return <Tag color={STATUS_COLORS[label] ?? 'default'}>{label}</Tag>;
}

export function RecordMarkTag({ mark }: { mark: string }) {
  return <Tag color={MARK_COLORS[mark] ?? 'default'}>{mark}</Tag>;
}
