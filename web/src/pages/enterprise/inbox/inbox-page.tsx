import { CheckOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Pagination, Segmented, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { ApiError, api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { NotificationChannelsSection } from './notification-channels-section.tsx';
import { setUnreadCount } from './unread-count.ts';
import { TouchSized } from '../shared/touch-sized.tsx';
import { formatDateTime } from '../../../components/district-time.ts';

type Message = Schemas['InboxMessage'];

const PAGE_SIZE = 20;

/**
 * 消息: the enterprise's inbox — new records and repair notices, grade changes, decisions on its
 * applications — newest first, paged. Opening a message marks it read; the tab bar's badge follows. Above it, the
 * account chooses whether messages also come by SMS or e-mail.
 */
export default function InboxPage() {
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<number>();
  const [actionError, setActionError] = useState<ApiError>();
  const state = useApi(async () => {
    const data = await call(
      api.GET('/api/inbox', {
        params: {
          query: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, unread: filter === 'unread' ? 'true' : undefined },
        },
      }),
    );
    setUnreadCount(data.unread);
    return data;
  }, [filter, page]);

  const markRead = async (item: Message) => {
    setOpenId(openId === item.id ? undefined : item.id);
    if (item.isRead) return;
    try {
      await call(api.POST('/api/inbox/{id}/read', { params: { path: { id: item.id } } }));
      state.reload();
    } catch (error) {
      setActionError(error instanceof ApiError ? error : undefined);
    }
  };
  const markAllRead = async () => {
    setActionError(undefined);
    try {
      const { updated } = await call(api.POST('/api/inbox/read-all'));
      message.success(updated > 0 ? `已将 ${updated} 条消息标为已读` : '没有未读消息');
      state.reload();
    } catch (error) {
      setActionError(error instanceof ApiError ? error : undefined);
    }
  };

  return (
    <TouchSized>
      <>
        <NotificationChannelsSection />
        <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
          <Segmented
            value={filter}
            onChange={(value) => {
              setFilter(value as 'all' | 'unread');
              setPage(1);
            }}
            options={[
              { value: 'all', label: '全部' },
              { value: 'unread', label: `未读${state.data ? `（${state.data.unread}）` : ''}` },
            ]}
            size="large"
          />
          <Button
            icon={<CheckOutlined />}
            onClick={markAllRead}
            disabled={!state.data?.unread}
            style={{ minHeight: 40 }}
          >
            全部已读
          </Button>
        </Flex>
        <ErrorAlert error={actionError} />
        <AsyncContent
          state={state}
          empty={<EmptyState description={filter === 'unread' ? '没有未读消息' : '还没有消息'} />}
        >
          {(data) => (
            <>
              <ul
                aria-label="消息列表"
                style={{ listStyle: 'none', padding: 0, margin: 0, background: '#fff', borderRadius: 8 }}
              >
                {data.items.map((item) => (
                  <li
                    key={item.id}
                    data-message-id={item.id}
                    data-read={item.isRead ? 'true' : 'false'}
                    style={{ borderBottom: '1px solid #f0f0f0' }}
                  >
                    <button
                      type="button"
                      onClick={() => markRead(item)}
                      aria-expanded={openId === item.id}
                      style={{
                        display: 'block',
                        width: '100%',
                        minHeight: 56,
                        padding: '10px 12px',
                        background: 'none',
                        border: 'none',
                        textAlign: 'left',
                        cursor: 'pointer',
                        font: 'inherit',
                        color: 'inherit',
                      }}
                    >
                      <Flex justify="space-between" gap={8} align="flex-start">
                        <Typography.Text strong={!item.isRead} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                          {!item.isRead && <Badge status="processing" style={{ marginInlineEnd: 6 }} />}
                          {item.title}
                        </Typography.Text>
                        <Tag style={{ marginInlineEnd: 0, flexShrink: 0 }}>{item.topicLabel}</Tag>
                      </Flex>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(item.createdAt)}
                      </Typography.Text>
                      <Typography.Paragraph
                        ellipsis={openId === item.id ? false : { rows: 1 }}
                        style={{
                          margin: '4px 0 0',
                          fontSize: 13,
                          color: 'rgba(0,0,0,0.75)',
                          overflowWrap: 'anywhere',
                          // An opened message keeps its line breaks (a batch's records one per line); a closed one
                          // stays one line with an ellipsis.
                          ...(openId === item.id ? { whiteSpace: 'pre-line' } : {}),
                        }}
                      >
                        {item.body}
                      </Typography.Paragraph>
                    </button>
                  </li>
                ))}
              </ul>
              {data.total > PAGE_SIZE && (
                <Pagination
                  simple
                  current={page}
                  pageSize={PAGE_SIZE}
                  total={data.total}
                  onChange={setPage}
                  style={{ marginTop: 12, textAlign: 'center' }}
                />
              )}
            </>
          )}
        </AsyncContent>
      </>
    </TouchSized>
  );
}
