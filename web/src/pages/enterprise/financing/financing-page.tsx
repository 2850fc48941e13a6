import { Alert, Button, Card, Checkbox, Collapse, Form, Input, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { TouchSized } from '../shared/touch-sized.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

type Need = Schemas['FinancingNeed'];
type Match = Need['matches'][number];

interface NeedForm {
  amountWan: number;
  termMonths: number;
  purpose: string;
  collaterals: string[];
  hasConsent: boolean;
}

function MatchLine({ match }: { match: Match }) {
  return (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      <Space wrap size={4}>
        <Typography.Text strong>{match.productName}</Typography.Text>
        <Typography.Text type="secondary">{match.bankName}</Typography.Text>
        <Tag>{match.kindLabel}</Tag>
        {match.isEligible && <Tag color={match.answer === 'declined' ? 'red' : 'blue'}>{match.answerLabel}</Tag>}
        {match.outcomeLabel && <Tag color={match.outcome === 'granted' ? 'green' : 'red'}>{match.outcomeLabel}</Tag>}
      </Space>
      {match.answerReason && <Typography.Text>不予受理：{match.answerReason}</Typography.Text>}
      {match.outcome === 'granted' && (
        <Typography.Text>
          已于 {match.grantedOn} 放款 {match.grantedAmountWan} 万元
        </Typography.Text>
      )}
      {match.outcomeReason && <Typography.Text>未放款：{match.outcomeReason}</Typography.Text>}
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {match.checks.map((check) => (
          <li key={check.rule}>
            <Typography.Text type={check.isMet ? 'success' : 'danger'}>
              {check.isMet ? '符合' : '不符合'}
            </Typography.Text>{' '}
            {check.label}：{check.detail}
          </li>
        ))}
      </ul>
    </Space>
  );
}

function NeedCard({ need, onChanged }: { need: Need; onChanged: () => void }) {
  const { run, error } = useSubmit();
  const eligible = need.matches.filter((match) => match.isEligible);
  const others = need.matches.filter((match) => !match.isEligible);
  const change = (body: { hasConsent?: boolean; withdraw?: boolean }) =>
    run(async () => {
      await call(
        api.POST('/api/financing/needs/{id}/change', {
          params: { path: { id: need.id } },
          body: { ...body, version: need.version },
        }),
      );
      onChanged();
    });
  const isOpen = need.state === 'open';
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="financing-need">
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>
            {need.amountWan} 万元 · {need.termMonths} 个月
          </Typography.Text>
          <Tag color={isOpen ? 'blue' : undefined}>{need.stateLabel}</Tag>
          {isOpen && (
            <Tag color={need.hasConsent ? 'green' : 'orange'}>
              {need.hasConsent ? '已同意共享信用信息' : '未同意共享'}
            </Tag>
          )}
        </Space>
        <Typography.Text type="secondary">
          用途：{need.purpose}；担保方式：{need.collaterals.map((item) => item.label).join('、') || '未填'}
        </Typography.Text>
        <Typography.Text type="secondary">
          发布时信用等级 {need.grade ?? '暂无'}，有效发明专利 {need.inventionPatents} 件
        </Typography.Text>
        {error && <Alert type="error" showIcon role="alert" message={error} />}
        <Typography.Text strong>匹配的产品（{eligible.length}）</Typography.Text>
        {eligible.length === 0 ? (
          <Typography.Text type="secondary">暂无符合条件的产品，下方可查看各产品不符合的原因。</Typography.Text>
        ) : (
          eligible.map((match) => <MatchLine key={match.id} match={match} />)
        )}
        {isOpen && !need.hasConsent && eligible.length > 0 && (
          <Alert type="warning" showIcon message="未同意共享信用信息，匹配的金融机构看不到这项需求。" />
        )}
        {others.length > 0 && (
          <Collapse
            items={[
              {
                key: 'others',
                label: `不符合条件的产品（${others.length}）`,
                children: others.map((match) => <MatchLine key={match.id} match={match} />),
              },
            ]}
          />
        )}
        {isOpen && (
          <Space wrap>
            <Button onClick={() => change({ hasConsent: !need.hasConsent })}>
              {need.hasConsent ? '撤回共享同意' : '同意共享信用信息'}
            </Button>
            <Button danger onClick={() => change({ withdraw: true })}>
              撤回需求
            </Button>
          </Space>
        )}
      </Space>
    </Card>
  );
}

/**
 * 融资对接 for the enterprise (000 §二（六）): publish a financing need, see which banks' products it matches and why
 * (or why not), give or withdraw consent to share its credit with those banks, and follow their answers and loans.
 */
export default function FinancingPage() {
  const [form] = Form.useForm<NeedForm>();
  const [reloadKey, setReloadKey] = useState(0);
  const { run, isBusy, error } = useSubmit();
  const state = useApi(
    () => call(api.GET('/api/financing/needs', { params: { query: { limit: 50, offset: 0 } } })),
    [reloadKey],
  );
  const products = useApi(() => call(api.GET('/api/financing/products')), []);
  const collaterals = (products.data?.collaterals ?? []).map((item) => ({ value: item.code, label: item.label }));
  const submit = (values: NeedForm) =>
    run(async () => {
      await call(api.POST('/api/financing/needs', { body: { ...values, collaterals: values.collaterals ?? [] } }));
      form.resetFields();
      setReloadKey((key) => key + 1);
    });
  return (
    <TouchSized>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small" title="发布融资需求">
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{ collaterals: [], hasConsent: true }}
            aria-label="发布融资需求"
          >
            <Form.Item
              name="amountWan"
              label="融资金额（万元）"
              rules={[{ required: true, message: '请填写融资金额' }]}
            >
              <InputNumber min={0.01} precision={2} controls={false} style={{ width: '100%' }} inputMode="decimal" />
            </Form.Item>
            <Form.Item name="termMonths" label="融资期限（月）" rules={[{ required: true, message: '请填写融资期限' }]}>
              <InputNumber
                min={1}
                max={360}
                precision={0}
                controls={false}
                style={{ width: '100%' }}
                inputMode="numeric"
              />
            </Form.Item>
            <Form.Item name="purpose" label="资金用途" rules={[{ required: true, message: '请填写资金用途' }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Form.Item name="collaterals" label="可提供的担保方式">
              <Checkbox.Group options={collaterals} style={{ display: 'flex', flexDirection: 'column', gap: 8 }} />
            </Form.Item>
            <Form.Item name="hasConsent" valuePropName="checked">
              <Checkbox>同意向匹配的金融机构共享本企业的信用等级、梯次培育库层级和专利信息（可随时撤回）</Checkbox>
            </Form.Item>
            {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
            <Button type="primary" htmlType="submit" block loading={isBusy}>
              发布
            </Button>
          </Form>
        </Card>
        <AsyncContent state={state}>
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState description="还没有发布融资需求。" />
            ) : (
              <List
                dataSource={items}
                renderItem={(need) => <NeedCard need={need} onChanged={() => setReloadKey((key) => key + 1)} />}
              />
            )
          }
        </AsyncContent>
      </Space>
    </TouchSized>
  );
}
