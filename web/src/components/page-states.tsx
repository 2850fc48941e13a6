import { Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../locales/zh-CN.ts';

/**
 * Loading and empty states. Every loading indicator carries `data-loading`: the browser tests wait until none is left
 * in the page to count it as usable.
 */
export function LoadingState({ tip = t('state.loading'), height = 160 }: { tip?: string; height?: number }) {
  return (
    <div
      data-loading="true"
      aria-busy="true"
      style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', minHeight: height, gap: 12 }}
    >
      <Spin />
      <span style={{ color: 'rgba(0,0,0,0.45)' }}>{tip}</span>
    </div>
  );
}

export function EmptyState({
  description = t('state.empty'),
  children,
}: {
  description?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {children}
    </Empty>
  );
}
