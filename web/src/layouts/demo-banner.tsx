import { Alert } from 'antd';
import { useApi } from '../api/use-api.ts';
import { api, call } from '../api/client.ts';
import { t } from '../locales/zh-CN.ts';

/**
 * 演示环境 on every page of a demo store: published passwords, generated data. Fixed to the bottom of
 * the window and transparent to clicks, so no layout moves and nothing under it becomes unreachable.
 */
export function DemoBanner() {
  const platform = useApi(() => call(api.GET('/api/platform')), []);
  if (!platform.data?.isDemo) return null;
  return (
    <div
      style={{ position: 'fixed', left: 0, right: 0, bottom: 0, zIndex: 2000, pointerEvents: 'none', opacity: 0.92 }}
    >
      <Alert
        data-testid="demo-banner"
        role="status"
        type="warning"
        banner
        showIcon
        message={t('app.demoBanner')}
        style={{ justifyContent: 'center' }}
      />
    </div>
  );
}
