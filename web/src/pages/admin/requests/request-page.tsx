import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call, download, type Schemas, messageOf } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { DeadlineText, RequestAnswer, RequestTimeline, StateTag } from '../../public/requests/request-details.tsx';
import { AnswerForm, LinkDuplicateForm, QuickSteps, TransferForm } from './request-actions.tsx';
import { useDepartmentChoices } from './use-department-choices.ts';

type Request = Schemas['EnterpriseRequestDetail'];

/** The attachments of a case, each downloaded through the case (so the handling department may read them). */
function Attachments({ request }: { request: Request }) {
  const [error, setError] = useState<string>();
  if (request.attachments.length === 0) return <Typography.Text type="secondary">无</Typography.Text>;
  const save = (sha256: string) =>
    download(
      api.GET('/api/requests/{id}/attachments/{sha256}', {
        params: { path: { id: request.id, sha256 } },
        parseAs: 'blob',
      }),
      `附件-${sha256.slice(0, 12)}`,
    ).catch((failure: unknown) => setError(messageOf(failure)));
  return (
    <Space direction="vertical" size={0}>
      {request.attachments.map((sha256, index) => (
        <Button
          key={sha256}
          type="link"
          size="small"
          icon={<DownloadOutlined />}
          onClick={() => save(sha256)}
          style={{ paddingInline: 0 }}
        >
          附件 {index + 1}
        </Button>
      ))}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}

/**
 * 诉求详情: the case as the handling department sees it — requester, routing, deadline, attachments, answer,
 * rating and history — with the steps its state allows: accept, start, answer, transfer with a reason, link as a
 * duplicate, close. Every refusal of the server shows under the form that caused it.
 */
export default function RequestPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { user } = useSession();
  const departments = useDepartmentChoices();
  const state = useApi(() => call(api.GET('/api/requests/{id}', { params: { path: { id } } })), [id]);
  // A department no longer sees a case it transferred away: back to its list.
  const onTransferred = () => (user?.role === 'department_operator' ? navigate('/admin/requests') : state.reload());

  return (
    <AsyncContent state={state}>
      {(request) => (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <Card
                title={`#${request.id} ${request.title}`}
                extra={<StateTag state={request.state} label={request.stateLabel} />}
              >
                {request.isFlaggedForSupervision && (
                  <Alert
                    type="error"
                    showIcon
                    message="整改后仍不满意，已按不满意办结并列入督查"
                    style={{ marginBottom: 12 }}
                  />
                )}
                {request.escalationCount > 0 && (
                  <Alert
                    type="warning"
                    showIcon
                    message={`超期督办 ${request.escalationCount} 次，最近一次 ${request.escalatedOn ?? ''}`}
                    style={{ marginBottom: 12 }}
                  />
                )}
                <Descriptions column={1} size="small" bordered labelStyle={{ width: 110, whiteSpace: 'nowrap' }}>
                  <Descriptions.Item label="诉求人">
                    {request.requester.kind === 'enterprise'
                      ? `${request.requester.name ?? ''}（${request.requester.uscc ?? ''}）`
                      : `访客 ${request.requester.phoneMasked ?? ''}`}
                  </Descriptions.Item>
                  <Descriptions.Item label="查询码">{request.trackingCode}</Descriptions.Item>
                  <Descriptions.Item label="类别">
                    {request.requestTypeLabel} · {request.categoryLabel}
                  </Descriptions.Item>
                  <Descriptions.Item label="提交日期">{request.filedOn}</Descriptions.Item>
                  <Descriptions.Item label="承办部门">{request.departmentName}</Descriptions.Item>
                  <Descriptions.Item label={request.state === 'rectifying' ? '整改答复时限' : '答复时限'}>
                    <DeadlineText request={request} />
                  </Descriptions.Item>
                  <Descriptions.Item label="分办依据">{request.routingExplanation}</Descriptions.Item>
                  {request.duplicateOf !== null && (
                    <Descriptions.Item label="重复诉求">
                      随原诉求 <Link to={`/admin/requests/${request.duplicateOf}`}>#{request.duplicateOf}</Link> 答复
                    </Descriptions.Item>
                  )}
                  {request.duplicates.length > 0 && (
                    <Descriptions.Item label="关联的重复诉求">
                      <Space wrap>
                        {request.duplicates.map((duplicate) => (
                          <Link key={duplicate} to={`/admin/requests/${duplicate}`}>
                            #{duplicate}
                          </Link>
                        ))}
                      </Space>
                    </Descriptions.Item>
                  )}
                  <Descriptions.Item label="诉求内容">
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                      {request.body}
                    </Typography.Paragraph>
                  </Descriptions.Item>
                  <Descriptions.Item label="附件">
                    <Attachments request={request} />
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              <Card title="答复与评价">
                <RequestAnswer request={request} />
              </Card>
              <Card title="办理过程">
                <RequestTimeline history={request.history} departmentNames={departments.names} />
              </Card>
            </Space>
          </Col>
          <Col xs={24} xl={10}>
            <Card title="办理" data-testid="request-handling">
              {request.state === 'closed' ? (
                <Typography.Text type="secondary">已办结，无需办理。</Typography.Text>
              ) : (
                <Space direction="vertical" size={16} style={{ width: '100%' }}>
                  <QuickSteps request={request} onDone={state.reload} />
                  <AnswerForm request={request} onDone={state.reload} />
                  {['submitted', 'accepted', 'in_progress', 'rectifying'].includes(request.state) && (
                    <Tabs
                      size="small"
                      items={[
                        {
                          key: 'transfer',
                          label: '转办',
                          children: (
                            <TransferForm request={request} departments={departments.options} onDone={onTransferred} />
                          ),
                        },
                        {
                          key: 'link',
                          label: '关联重复诉求',
                          children: <LinkDuplicateForm request={request} onDone={state.reload} />,
                        },
                      ]}
                    />
                  )}
                  {request.state === 'answered' && (
                    <Typography.Text type="secondary">已答复，等待诉求人评价。</Typography.Text>
                  )}
                </Space>
              )}
            </Card>
          </Col>
        </Row>
      )}
    </AsyncContent>
  );
}
