import { Tag } from 'antd';

/** Colours of workflow states: waiting (blue), in review (gold), granted (green), refused (red), anything else grey. */
const STATE_COLORS: Record<string, string> = {
  submitted: 'blue',
  accepted: 'gold',
  approved: 'green',
  corrected: 'green',
  revoked: 'green',
  reevaluated: 'green',
  kept: 'green',
  signed: 'blue',
  rejected: 'red',
  upheld: 'default',
  broken: 'red',
};

/** A case's state as the API labels it (已提交, 已受理, 已通过, 未通过 …). */
export function CaseStateTag({ state, label }: { state: string; label: string }) {
  return (
    <Tag color={STATE_COLORS[state] ?? 'default'} style={{ marginInlineEnd: 0 }} data-state={state}>
      {label}
    </Tag>
  );
}

/** What a state means for the enterprise, in one line, for states still open. */
export const WAITING_HINTS: Record<string, string> = {
  submitted: '已提交，等待受理',
  accepted: '已受理，正在审核',
};
