import { Alert, Button, Card, Flex, Form, Input, Modal, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { ConfirmWithReason } from '../../../components/confirm-with-reason.tsx';
import { formatDate } from '../../../components/district-time.ts';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { useFormSubmit } from '../../../components/use-submit.ts';

type HonestCase = Schemas['HonestCase'];
type StateFilter = 'published' | 'withdrawn' | 'all';

interface PublishForm {
  uscc: string;
  title: string;
  story: string;
  highlights?: string;
}

function StateTag({ item }: { item: HonestCase }) {
  if (item.state === 'withdrawn') return <Tag>已撤回</Tag>;
  return item.isShownPublicly ? <Tag color="green">公示中</Tag> : <Tag color="orange">暂不展示</Tag>;
}

/** Publishes a case: the enterprise, a title, the story and optional highlights (one a line). */
function PublishDialog({ onCancel, onPublished }: { onCancel: () => void; onPublished: (item: HonestCase) => void }) {
  const [form] = Form.useForm<PublishForm>();
  const { submit, isBusy, error } = useFormSubmit(form, async (values) => {
    const highlights = (values.highlights ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    onPublished(
      await call(
        api.POST('/api/honest-cases', {
          body: {
            uscc: values.uscc.trim(),
            title: values.title.trim(),
            story: values.story.trim(),
            ...(highlights.length > 0 ? { highlights } : {}),
          },
        }),
      ),
    );
  });
  return (
    <Modal
      open
      title="发布诚信典型案例"
      okText="发布"
      cancelText="取消"
      okButtonProps={{ loading: isBusy }}
      onOk={submit}
      onCancel={onCancel}
      destroyOnClose
      width={640}
    >
      <Form<PublishForm> form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="uscc"
          label="企业统一社会信用代码"
          extra="企业现行信用等级须达到发布条件；每家企业同时只有一个发布中的案例。"
          rules={[{ required: true, whitespace: true, message: '请填写企业统一社会信用代码' }]}
        >
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="title"
          label="案例标题"
          rules={[{ required: true, whitespace: true, message: '请填写案例标题' }]}
        >
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item
          name="story"
          label="案例正文"
          rules={[{ required: true, whitespace: true, message: '请填写案例正文' }]}
        >
          <Input.TextArea rows={6} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="highlights" label="亮点（选填，每行一条；不填时取企业的荣誉表彰记录）">
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}

/** Withdraws a case from the public portal, with the reason. */
function WithdrawButton({ item, onWithdrawn }: { item: HonestCase; onWithdrawn: (message: string) => void }) {
  return (
    <ConfirmWithReason
      title="撤回这一案例？"
      action="撤回"
      reasonLabel="撤回原因"
      onConfirm={async (reason) => {
        await call(
          api.POST('/api/honest-cases/{id}/withdraw', { params: { path: { id: item.id } }, body: { reason } }),
        );
        onWithdrawn(`已从公众门户撤回“${item.title}”。`);
      }}
    />
  );
}

/**
 * 诚信典型案例 (001 §二(九)): the credit office publishes enterprises of high grade as examples on the public portal and
 * withdraws them; each case shows whether the portal shows it now, and why not.
 */
export default function HonestCasesPage() {
  const [filter, setFilter] = useState<StateFilter>('published');
  const [isPublishing, setIsPublishing] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [generation, setGeneration] = useState(0);
  const done = (message: string) => {
    setNotice(message);
    setGeneration((value) => value + 1);
  };
  const actions = (item: HonestCase) =>
    item.state === 'published' ? <WithdrawButton item={item} onWithdrawn={done} /> : null;
  return (
    <Card
      title="诚信典型案例"
      extra={
        <Button type="primary" onClick={() => setIsPublishing(true)}>
          发布案例
        </Button>
      }
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          发布的案例在公众门户“典型案例”中展示；企业信用等级降到发布条件以下时自动不再展示，撤回后案例记录仍然保留。
        </Typography.Text>
        <Segmented
          value={filter}
          onChange={(value) => setFilter(value as StateFilter)}
          options={[
            { value: 'published', label: '发布中' },
            { value: 'withdrawn', label: '已撤回' },
            { value: 'all', label: '全部' },
          ]}
        />
        {notice && <Alert type="success" showIcon closable onClose={() => setNotice(undefined)} message={notice} />}
        <PagedTable<HonestCase>
          rowKey="id"
          filters={[filter, generation]}
          emptyText={filter === 'published' ? '没有发布中的案例' : '没有案例'}
          load={({ limit, offset }) =>
            call(
              api.GET('/api/honest-cases', {
                params: { query: { limit, offset, state: filter === 'all' ? undefined : filter } },
              }),
            )
          }
          renderCard={(item) => (
            <div style={{ width: '100%' }} data-card="honest-case">
              <Flex justify="space-between" gap={8} align="flex-start">
                <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  {item.title}
                </Typography.Text>
                <StateTag item={item} />
              </Flex>
              <Typography.Text style={{ display: 'block', fontSize: 13 }}>
                {item.enterpriseName} · 发布时 {item.grade} 级 · 现为 {item.currentGrade ?? '未评价'}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                {item.publishedOn} 由 {item.publishedByName} 发布
                {item.hiddenReason ? `；${item.hiddenReason}` : ''}
                {item.withdrawalReason ? `；撤回原因：${item.withdrawalReason}` : ''}
              </Typography.Text>
              <div style={{ marginTop: 8 }}>{actions(item)}</div>
            </div>
          )}
          columns={[
            {
              title: '案例',
              dataIndex: 'title',
              render: (title: string, item) => (
                <Space direction="vertical" size={2}>
                  <Typography.Text strong>{title}</Typography.Text>
                  <Link to={`/admin/enterprises/${item.uscc}`}>{item.enterpriseName}</Link>
                </Space>
              ),
            },
            {
              title: '信用等级',
              key: 'grade',
              width: 170,
              render: (_: unknown, item) => (
                <Space direction="vertical" size={2}>
                  <span>
                    发布时 <GradeTag grade={item.grade} />
                  </span>
                  <span>
                    现在 <GradeTag grade={item.currentGrade} />
                  </span>
                </Space>
              ),
            },
            {
              title: '发布',
              key: 'published',
              width: 170,
              render: (_: unknown, item) => (
                <Space direction="vertical" size={2}>
                  <span>{item.publishedOn}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.publishedByName}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: '状态',
              key: 'state',
              width: 220,
              render: (_: unknown, item) => (
                <Space direction="vertical" size={2}>
                  <StateTag item={item} />
                  {item.hiddenReason && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.hiddenReason}
                    </Typography.Text>
                  )}
                  {item.withdrawnAt && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDate(item.withdrawnAt)} 撤回：{item.withdrawalReason ?? ''}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            { title: '操作', key: 'actions', width: 80, render: (_: unknown, item) => actions(item) },
          ]}
        />
      </Space>
      {isPublishing && (
        <PublishDialog
          onCancel={() => setIsPublishing(false)}
          onPublished={(item) => {
            setIsPublishing(false);
            setFilter('published');
            done(
              `已发布“${item.title}”，${item.isShownPublicly ? '公众门户已展示。' : `暂不展示：${item.hiddenReason ?? ''}`}`,
            );
          }}
        />
      )}
    </Card>
  );
}
