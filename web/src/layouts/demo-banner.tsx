import { Alert } from 'antd';
import { useApi } from '../api/use-api.ts';
import { api, call } from '../api/client.ts';
import { t } from '../locales/zh-CN.ts';

/** 演示环境 on every page of a demo store (issue #13 §1): published passwords, generated data. */
export function DemoBanner() {
  const platform = useApi(() => call(api.GET('/api/platform')), []);
  if (!platform.data?.isDemo) return null;
  return <Alert data-testid="demo-banner" type="warning" banner showIcon message={t('app.demoBanner')} style={{ textAlign: 'center' }} />;
}
