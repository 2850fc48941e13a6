import { Typography } from 'antd';
import { t } from '../locales/zh-CN.ts';

/**
 * The sentence a working-day deadline carries when the loaded holiday calendar does not cover it:
 * counted on weekends only until the next year's arrangement is loaded, then recomputed.
 */
export function UncoveredDeadlineNote({ isCovered }: { isCovered: boolean }) {
  if (isCovered) return null;
  return (
    <Typography.Text type="secondary" data-deadline-covered="false" style={{ fontSize: 12 }}>
      ({t('deadline.uncovered')})
    </Typography.Text>
  );
}
