import { Tag } from 'antd';

const STATES: Record<string, { label: string; color: string }> = {
  planned: { label: '待摇号', color: 'default' },
  drawn: { label: '已摇号', color: 'blue' },
  published: { label: '结果已公示', color: 'green' },
};

/** A 双随机 plan's state: planned → drawn → published. */
export function InspectionStateTag({ state }: { state: string }) {
  const shown = STATES[state] ?? { label: state, color: 'default' };
  return <Tag color={shown.color}>{shown.label}</Tag>;
}

export const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;
