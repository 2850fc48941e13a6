import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, List, Pagination, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { DeadlineText, StateTag } from '../../public/requests/request-details.tsx';
import { isAwaitingAnswer } from '../../public/requests/request-terms.ts';

const PAGE_SIZE = 10;

/** 企呼我应 in the enterprise portal (003 §四(三)): the enterprise's cases, newest first, and a way to file one. */
export default function MyRequestsPage() {
  const navigate = useNavigate();
  const [current, setCurrent] = useState(1);
  const state = useApi(
    () =>
      call(api.GET('/api/requests', { params: { query: { limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE } } })),
    [current],
  );

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Typography.Paragraph style={{ marginBottom: 12 }}>
          遇到政策、审批、融资、执法、水电气等问题，在这里反映，承办部门按时答复，您可以评价答复。
        </Typography.Paragraph>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          block
          size="large"
          onClick={() => navigate('/enterprise/requests/new')}
        >
          提交诉求
        </Button>
      </Card>
      <AsyncContent state={state} empty={<EmptyState description="还没有提交过诉求" />}>
        {(page) => (
          <>
            <List
              aria-label="我的诉求"
              dataSource={page.items}
              renderItem={(item) => (
                // A list item around each card: the list is read as a list of requests.
                <List.Item style={{ display: 'block', padding: 0, borderBlockEnd: 'none' }}>
                  <Card
                    size="small"
                    hoverable
                    style={{ marginBottom: 8 }}
                    onClick={() => navigate(`/enterprise/requests/${item.id}`)}
                    data-testid="my-request"
                  >
                    <Space direction="vertical" size={4} style={{ width: '100%' }}>
                      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
                        <Typography.Text strong>{item.title}</Typography.Text>
                        <Space size={4}>
                          <StateTag state={item.state} label={item.stateLabel} />
                          <RightOutlined style={{ color: '#bfbfbf' }} />
                        </Space>
                      </Space>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {item.filedOn} · {item.categoryLabel} · {item.departmentName}
                      </Typography.Text>
                      {item.answer && (
                        <Typography.Paragraph
                          type="secondary"
                          ellipsis={{ rows: 2 }}
                          style={{ marginBottom: 0, fontSize: 13 }}
                        >
                          答复：{item.answer.text}
                        </Typography.Paragraph>
                      )}
                      {isAwaitingAnswer(item) && (
                        <Typography.Text style={{ fontSize: 13 }}>
                          {item.state === 'rectifying' ? '整改答复时限' : '答复时限'} <DeadlineText request={item} />
                        </Typography.Text>
                      )}
                      {item.state === 'answered' && !item.rating && (
                        <Typography.Text type="warning">待您评价</Typography.Text>
                      )}
                    </Space>
                  </Card>
                </List.Item>
              )}
            />
            {page.total > PAGE_SIZE && (
              <Pagination
                simple
                current={current}
                pageSize={PAGE_SIZE}
                total={page.total}
                onChange={setCurrent}
                style={{ textAlign: 'center' }}
              />
            )}
          </>
        )}
      </AsyncContent>
    </Space>
  );
}
