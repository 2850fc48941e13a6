import { Result } from 'antd';
import { t } from '../../locales/zh-CN.ts';

/** The base path of a portal that has no page yet. */
export function UnderConstructionPage() {
  return (
    <main data-route="under-construction">
      <Result status="info" title={t('page.underConstruction')} />
    </main>
  );
}
