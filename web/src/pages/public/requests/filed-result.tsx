import { Alert, Descriptions, Result, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { UncoveredDeadlineNote } from '../../../components/uncovered-deadline-note.tsx';
import type { FiledRequest } from './request-filing-form.tsx';

/** What a requester sees right after filing: the tracking code, the department it went to and by when it answers. */
export function FiledResult({
  filed,
  extra,
  isVisitor = false,
}: {
  filed: FiledRequest;
  extra?: ReactNode;
  isVisitor?: boolean;
}) {
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Result
        status="success"
        title="已提交"
        subTitle={
          isVisitor ? '请记下查询码：凭查询码和手机号码查询进度、评价答复。' : '承办部门答复后，您会收到站内消息。'
        }
        style={{ padding: '16px 0 0' }}
      />
      <Descriptions
        column={1}
        size="small"
        bordered
        labelStyle={{ width: 88, whiteSpace: 'nowrap' }}
        data-testid="filed-request"
      >
        <Descriptions.Item label="查询码">
          <Typography.Text copyable strong data-testid="tracking-code">
            {filed.trackingCode}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="承办部门">{filed.departmentName}</Descriptions.Item>
        <Descriptions.Item label="答复时限">
          {filed.dueOn} 前<UncoveredDeadlineNote isCovered={filed.isDeadlineCovered} />
        </Descriptions.Item>
        <Descriptions.Item label="分办依据">{filed.routingExplanation}</Descriptions.Item>
      </Descriptions>
      {filed.objectionHint && (
        <Alert type="warning" showIcon message="请改走异议申请" description={filed.objectionHint.message} />
      )}
      {extra}
    </Space>
  );
}
