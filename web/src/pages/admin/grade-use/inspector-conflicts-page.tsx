import { Alert, Button, Card, Flex, Form, Grid, Input, List, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { ConfirmWithReason } from '../../../components/confirm-with-reason.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/district-time.ts';
import { EmptyState } from '../../../components/page-states.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

type Conflict = Schemas['InspectorConflict'];

interface DeclareForm {
  inspector?: string;
  uscc: string;
  reason: string;
}

/** Officials withdraw a conflict (the route's removers): one the inspector could withdraw would keep nobody away. */
const REMOVERS = new Set(['admin', 'department_operator']);

function DeclareConflictForm({ isOwn, onDeclared }: { isOwn: boolean; onDeclared: (conflict: Conflict) => void }) {
  const [form] = Form.useForm<DeclareForm>();
  const { run, isBusy, error } = useSubmit();
  const submit = (values: DeclareForm) =>
    run(async () => {
      const declared = await call(
        api.POST('/api/inspector-conflicts', {
          body: {
            ...(isOwn ? {} : { inspector: values.inspector?.trim() }),
            uscc: values.uscc.trim(),
            reason: values.reason.trim(),
          },
        }),
      );
      form.resetFields();
      onDeclared(declared);
    });
  return (
    <Form<DeclareForm> form={form} layout="vertical" onFinish={submit} requiredMark={false} style={{ maxWidth: 560 }}>
      {!isOwn && (
        <Form.Item
          name="inspector"
          label="检查人员账号"
          rules={[{ required: true, whitespace: true, message: '请填写检查人员账号' }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="uscc"
        label="企业统一社会信用代码"
        rules={[{ required: true, whitespace: true, message: '请填写企业统一社会信用代码' }]}
      >
        <Input maxLength={30} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="reason"
        label="回避事由"
        rules={[{ required: true, whitespace: true, message: '请写明回避事由' }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder="如：近亲属在该企业任职；曾在该企业任职；办理过该企业的案件"
        />
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={isBusy}>
        登记回避
      </Button>
    </Form>
  );
}

/** Withdraws a conflict declared by mistake or no longer existing, with the reason (audited). */
function RemoveButton({ conflict, onRemoved }: { conflict: Conflict; onRemoved: () => void }) {
  return (
    <ConfirmWithReason
      title="撤销这一回避关系？"
      action="撤销"
      reasonLabel="撤销理由"
      onConfirm={async (reason) => {
        await call(
          api.DELETE('/api/inspector-conflicts', {
            params: { query: { inspector: conflict.inspector, uscc: conflict.uscc, reason } },
          }),
        );
        onRemoved();
      }}
    />
  );
}

/**
 * 回避关系: which inspector must not inspect which enterprise. Every draw of a 双随机 plan reads them, so a declared
 * conflict keeps the inspector away from the enterprise. An inspector declares and sees their own; the planning
 * departments and the administrator see, declare and withdraw all.
 */
export default function InspectorConflictsPage() {
  const { user } = useSession();
  const isPhone = Grid.useBreakpoint().md === false;
  const isOwn = user?.role === 'inspector';
  const canRemove = user ? REMOVERS.has(user.role) : false;
  const [filter, setFilter] = useState({ inspector: '', uscc: '' });
  const [notice, setNotice] = useState<string>();
  const state = useApi(
    () =>
      call(
        api.GET('/api/inspector-conflicts', {
          params: { query: { inspector: filter.inspector || undefined, uscc: filter.uscc || undefined } },
        }),
      ),
    [filter.inspector, filter.uscc],
  );
  const removed = () => {
    setNotice('已撤销回避关系。');
    state.reload();
  };
  const items = state.data?.items ?? [];
  const empty = <EmptyState description={isOwn ? '您还没有登记回避关系' : '没有回避关系'} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={isOwn ? '我的回避关系' : '检查人员回避关系'}>
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            登记后，双随机抽查摇号不会派该检查人员检查该企业；每次摇号都公开所用的回避关系。
          </Typography.Text>
          {!isOwn && (
            <Flex gap={12} wrap>
              <Input.Search
                placeholder="按检查人员账号筛选"
                allowClear
                style={{ width: 240, maxWidth: '100%' }}
                onSearch={(value) => setFilter((previous) => ({ ...previous, inspector: value.trim() }))}
                aria-label="按检查人员筛选"
              />
              <Input.Search
                placeholder="按企业统一社会信用代码筛选"
                allowClear
                style={{ width: 280, maxWidth: '100%' }}
                onSearch={(value) => setFilter((previous) => ({ ...previous, uscc: value.trim().toUpperCase() }))}
                aria-label="按企业筛选"
              />
            </Flex>
          )}
          {notice && <Alert type="success" showIcon closable onClose={() => setNotice(undefined)} message={notice} />}
          <ErrorAlert error={state.error} onRetry={state.reload} />
          <div data-loading={state.isLoading ? 'true' : undefined}>
            {isPhone ? (
              <List<Conflict>
                dataSource={items}
                loading={state.isLoading}
                pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true }}
                locale={{ emptyText: state.isLoading ? ' ' : empty }}
                renderItem={(conflict) => (
                  <List.Item>
                    <div style={{ width: '100%' }} data-card="conflict">
                      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                        {conflict.name}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                        {conflict.uscc} · 检查人员 {conflict.inspectorName}
                      </Typography.Text>
                      <Typography.Text style={{ display: 'block', fontSize: 13 }}>
                        事由：{conflict.reason}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                        {formatDateTime(conflict.createdAt)} 由 {conflict.createdByName} 登记
                      </Typography.Text>
                      {canRemove && (
                        <div style={{ marginTop: 8 }}>
                          <RemoveButton conflict={conflict} onRemoved={removed} />
                        </div>
                      )}
                    </div>
                  </List.Item>
                )}
              />
            ) : (
              <Table<Conflict>
                rowKey={(conflict) => `${conflict.inspector}|${conflict.uscc}`}
                loading={state.isLoading}
                dataSource={items}
                pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 条` }}
                locale={{ emptyText: state.isLoading ? ' ' : empty }}
                columns={[
                  {
                    title: '检查人员',
                    dataIndex: 'inspectorName',
                    width: 140,
                    render: (name: string, conflict) => (
                      <Space direction="vertical" size={0}>
                        <span>{name}</span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          账号 {conflict.inspector}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  {
                    title: '企业',
                    dataIndex: 'name',
                    render: (name: string, conflict) => (
                      <Space direction="vertical" size={0}>
                        <span>{name}</span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {conflict.uscc}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  { title: '回避事由', dataIndex: 'reason' },
                  {
                    title: '登记',
                    key: 'created',
                    width: 170,
                    render: (_: unknown, conflict) => (
                      <Space direction="vertical" size={0}>
                        <span>{formatDateTime(conflict.createdAt)}</span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {conflict.createdByName}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  ...(canRemove
                    ? [
                        {
                          title: '操作',
                          key: 'actions',
                          width: 80,
                          render: (_: unknown, conflict: Conflict) => (
                            <RemoveButton conflict={conflict} onRemoved={removed} />
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )}
          </div>
        </Space>
      </Card>
      <Card title="登记回避关系">
        <DeclareConflictForm
          isOwn={isOwn}
          onDeclared={(conflict) => {
            setNotice(`已登记：${conflict.inspectorName} 回避 ${conflict.name}。`);
            state.reload();
          }}
        />
      </Card>
    </Space>
  );
}
