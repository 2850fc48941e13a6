import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space, Typography, message } from 'antd';
import { useState, type ReactNode } from 'react';
import { download, messageOf } from '../api/client.ts';
import { t } from '../locales/zh-CN.ts';

/**
 * Downloads a file the API builds (.xlsx lists, PDF reports). Pass the call, made with `parseAs: 'blob'`:
 * `<ExportButton request={() => api.GET('/api/…/list.xlsx', { parseAs: 'blob' })} fileName="名单.xlsx" />`.
 * A failure is shown next to the button, in the server's words.
 */
export function ExportButton({
  request,
  fileName,
  children,
  type = 'default',
}: {
  request: () => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  fileName: string;
  children?: ReactNode;
  type?: 'default' | 'primary' | 'link';
}) {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setIsBusy(true);
    setError(undefined);
    try {
      const saved = await download(request(), fileName);
      message.success(t('export.done', { fileName: saved }));
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Space size={8} wrap>
      <Button type={type} icon={<DownloadOutlined />} loading={isBusy} onClick={run}>
        {children ?? t('export.button')}
      </Button>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </Space>
  );
}
