import { Alert, Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { useSubmit } from '../../../components/use-submit.ts';
import { useDepartmentNames } from './use-department-names.ts';

type FollowUp = Schemas['InspectionFollowUp'];

const STATE_LABELS: Record<FollowUp['state'], { label: string; color: string }> = {
  open: { label: '待处理', color: 'orange' },
  confirmed: { label: '已确认', color: 'green' },
  rejected: { label: '已驳回', color: 'default' },
};

/**
 * What published inspection results led to (catalog/supervision.yaml inspection_outcomes): proposed 经营异常名录
 * listings the deciding department confirms or rejects, and follow-up tasks. A department sees its own.
 */
export function InspectionFollowUps() {
  const [version, setVersion] = useState(0);
  const state = useApi(() => call(api.GET('/api/inspection-follow-ups')), [version]);
  const departmentName = useDepartmentNames();
  const { run, isBusy, error } = useSubmit();
  const [rejecting, setRejecting] = useState<FollowUp>();
  const [reason, setReason] = useState('');
  /** The follow-up being decided, whose button shows busy. */
  const [decidingId, setDecidingId] = useState<number>();
  const decide = (followUp: FollowUp, action: 'confirm' | 'reject', why?: string) => {
    setDecidingId(followUp.id);
    return run(async () => {
      await call(
        api.POST('/api/inspection-follow-ups/{id}/decision', {
          params: { path: { id: followUp.id } },
          body: { action, reason: why },
        }),
      );
      setRejecting(undefined);
      setReason('');
      setVersion((value) => value + 1);
    });
  };
  return (
    <Card title="检查后续事项">
      <Typography.Paragraph type="secondary">
        检查结果公示后，按结果开出名录列入建议与后续任务。“通过登记的住所（经营场所）无法联系”的，由区市场监管局确认是否列入经营异常名录；确认后记入企业信用记录并重新评价。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <AsyncContent state={state} empty={<Typography.Text type="secondary">暂无后续事项</Typography.Text>}>
        {(data) => (
          <Table<FollowUp>
            rowKey="id"
            size="small"
            dataSource={data.items}
            scroll={{ x: 1000 }}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            columns={[
              {
                title: '企业',
                dataIndex: 'name',
                render: (name: string, row) => <Link to={`/admin/enterprises/${row.uscc}`}>{name}</Link>,
              },
              { title: '检查方式', dataIndex: 'inspectionType', width: 100 },
              { title: '检查结果', dataIndex: 'outcome', width: 200 },
              { title: '后续事项', dataIndex: 'description' },
              { title: '办理部门', dataIndex: 'departmentCode', width: 120, render: departmentName },
              {
                title: '状态',
                dataIndex: 'state',
                width: 90,
                render: (value: FollowUp['state']) => (
                  <Tag color={STATE_LABELS[value].color}>{STATE_LABELS[value].label}</Tag>
                ),
              },
              {
                title: '操作',
                width: 170,
                render: (_, row) =>
                  row.action === 'listing_proposal' && row.state === 'open' ? (
                    <Space>
                      <Button
                        size="small"
                        type="primary"
                        loading={isBusy && decidingId === row.id}
                        onClick={() => decide(row, 'confirm')}
                      >
                        确认列入
                      </Button>
                      <Button size="small" danger onClick={() => setRejecting(row)}>
                        驳回
                      </Button>
                    </Space>
                  ) : (
                    (row.decisionReason ?? '')
                  ),
              },
            ]}
          />
        )}
      </AsyncContent>
      {rejecting && (
        <Modal
          open
          title={`驳回列入建议：${rejecting.name}`}
          okText="驳回"
          cancelText="取消"
          okButtonProps={{ danger: true, disabled: !reason.trim() }}
          confirmLoading={isBusy && decidingId === rejecting.id}
          onOk={() => decide(rejecting, 'reject', reason.trim())}
          onCancel={() => setRejecting(undefined)}
        >
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder="驳回理由（必填），如：经核实企业仍在登记住所经营"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Modal>
      )}
    </Card>
  );
}
