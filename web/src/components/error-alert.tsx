import { Alert, Button } from 'antd';
import type { ApiError } from '../api/client.ts';
import { t } from '../locales/zh-CN.ts';

/**
 * An API error in Chinese, placed next to what caused it: the server's `error.message` as it is (it names the field or
 * row and the reason), with a retry button when the caller can retry.
 */
export function ErrorAlert({
  error,
  onRetry,
  title,
}: {
  error: ApiError | Error | undefined | null;
  onRetry?: () => void;
  title?: string;
}) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      message={title ?? error.message}
      description={title ? error.message : undefined}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
