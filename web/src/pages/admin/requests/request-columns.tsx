import { Space, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { Schemas } from '../../../api/client.ts';
import { DeadlineText, StateTag } from '../../public/requests/request-details.tsx';

type Request = Schemas['EnterpriseRequest'];

/** Who filed: the enterprise's name, or a visitor's masked phone number. */
function requesterOf(request: Request): string {
  return request.requester.kind === 'enterprise'
    ? (request.requester.name ?? request.requester.uscc ?? '')
    : `访客 ${request.requester.phoneMasked ?? ''}`;
}

/** The columns of the case lists (诉求办理 and 督办), each title a link to the case page. */
export const REQUEST_COLUMNS: TableColumnsType<Request> = [
  { title: '编号', dataIndex: 'id', width: 72 },
  {
    title: '标题',
    dataIndex: 'title',
    render: (title: string, request) => (
      <Space direction="vertical" size={0}>
        <Link to={`/admin/requests/${request.id}`}>{title}</Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {requesterOf(request)}
        </Typography.Text>
      </Space>
    ),
  },
  {
    title: '类别',
    key: 'category',
    width: 120,
    render: (_, request) => `${request.requestTypeLabel} · ${request.categoryLabel}`,
  },
  { title: '承办部门', dataIndex: 'departmentName', width: 150 },
  {
    title: '状态',
    key: 'state',
    width: 150,
    render: (_, request) => (
      <Space size={4} wrap>
        <StateTag state={request.state} label={request.stateLabel} />
        {request.escalationCount > 0 && <Tag color="red">督办 {request.escalationCount} 次</Tag>}
        {request.isFlaggedForSupervision && <Tag color="magenta">督查</Tag>}
      </Space>
    ),
  },
  { title: '提交日期', dataIndex: 'filedOn', width: 110 },
  { title: '答复时限', key: 'dueOn', width: 200, render: (_, request) => <DeadlineText request={request} /> },
];
