import { Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { formatDate } from '../../../components/district-time.ts';

/** 最近导入: the latest batches (a department operator's own department's), with a way to the upload page. */
export function RecentImportsCard() {
  const state = useApi(() => call(api.GET('/api/imports/batches', { params: { query: { limit: 5, offset: 0 } } })), []);
  return (
    <Card title="最近导入" extra={<Link to="/admin/imports">上传报送文件</Link>}>
      <AsyncContent state={state} empty={<Typography.Text type="secondary">还没有导入批次</Typography.Text>}>
        {(page) => (
          <List
            size="small"
            dataSource={page.items}
            renderItem={(batch) => (
              <List.Item
                extra={
                  <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(batch.startedAt)}
                  </Typography.Text>
                }
              >
                {/* The file's name on its own line, its state and size under it: a tag beside a name that sometimes
                    wraps put the tag on a line of its own for some batches and not for others. */}
                <div style={{ minWidth: 0 }}>
                  <Typography.Text>{batch.fileName}</Typography.Text>
                  <div>
                    <Tag
                      color={
                        batch.status === 'committed'
                          ? 'green'
                          : batch.status === 'rejected'
                            ? 'red'
                            : batch.status === 'interrupted'
                              ? 'orange'
                              : 'blue'
                      }
                    >
                      {batch.statusLabel}
                    </Tag>
                    <Typography.Text type="secondary">
                      {batch.departmentName} · {batch.totalRows} 行
                    </Typography.Text>
                  </div>
                </div>
              </List.Item>
            )}
          />
        )}
      </AsyncContent>
    </Card>
  );
}
