import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * The enterprise portal is used with a thumb (001 §二(二) "掌上办"): every control of its pages in antd's large size,
 * 40 px tall, including the shared components (export buttons, tables) they use.
 */
export function TouchSized({ children }: { children: ReactNode }) {
  return <ConfigProvider componentSize="large">{children}</ConfigProvider>;
}
