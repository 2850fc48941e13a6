import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, List, Modal, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ConfirmWithReason } from '../../../components/confirm-with-reason.tsx';
import { districtToday } from '../../../components/district-time.ts';
import { EmptyState } from '../../../components/page-states.tsx';
import { useFormSubmit, useSubmit } from '../../../components/use-submit.ts';

type Match = Schemas['FinancingBankMatch'];

interface GrantForm {
  amountWan: number;
  grantedOn: Dayjs;
  termMonths: number;
  bankReference: string;
}

/** 已放款: the loan as the bank reports it, through the same checks as 贷款反馈. */
function GrantDialog({ match, onCancel, onDone }: { match: Match; onCancel: () => void; onDone: () => void }) {
  const [form] = Form.useForm<GrantForm>();
  const today = districtToday();
  const { submit, isBusy, error } = useFormSubmit(form, async (values) => {
    await call(
      api.POST('/api/financing/matches/{id}/outcome', {
        params: { path: { id: match.id } },
        body: {
          outcome: 'granted',
          amountWan: values.amountWan,
          grantedOn: values.grantedOn.format('YYYY-MM-DD'),
          termMonths: values.termMonths,
          bankReference: values.bankReference,
          version: match.version,
        },
      }),
    );
    onDone();
  });
  return (
    <Modal
      open
      title={`放款反馈：${match.enterpriseName}`}
      okText="提交"
      cancelText="取消"
      onOk={submit}
      onCancel={onCancel}
      confirmLoading={isBusy}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ amountWan: match.amountWan, termMonths: match.termMonths, grantedOn: dayjs(today) }}
      >
        <Form.Item name="amountWan" label="贷款金额（万元）" rules={[{ required: true, message: '请填写贷款金额' }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="grantedOn" label="放款日期" rules={[{ required: true, message: '请选择放款日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.format('YYYY-MM-DD') > today} />
        </Form.Item>
        <Form.Item name="termMonths" label="贷款期限（月）" rules={[{ required: true, message: '请填写贷款期限' }]}>
          <InputNumber min={1} max={360} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="bankReference"
          label="本机构业务编号"
          rules={[{ required: true, message: '请填写本机构的贷款业务编号' }]}
        >
          <Input maxLength={64} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}

function MatchCard({ match, onChanged }: { match: Match; onChanged: () => void }) {
  const { run, error } = useSubmit();
  const [isGranting, setIsGranting] = useState(false);
  const answerInterested = () =>
    run(async () => {
      await call(
        api.POST('/api/financing/matches/{id}/answer', {
          params: { path: { id: match.id } },
          body: { answer: 'interested', version: match.version },
        }),
      );
      onChanged();
    });
  const decline = async (reason: string) => {
    await call(
      api.POST('/api/financing/matches/{id}/answer', {
        params: { path: { id: match.id } },
        body: { answer: 'declined', reason, version: match.version },
      }),
    );
    onChanged();
  };
  const refuse = async (reason: string) => {
    await call(
      api.POST('/api/financing/matches/{id}/outcome', {
        params: { path: { id: match.id } },
        body: { outcome: 'refused', reason, version: match.version },
      }),
    );
    onChanged();
  };
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="financing-match">
      <Space direction="vertical" size={6} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{match.enterpriseName}</Typography.Text>
          <Typography.Text type="secondary">{match.uscc}</Typography.Text>
          <Tag color={match.answer === 'declined' ? 'red' : match.answer === 'interested' ? 'blue' : undefined}>
            {match.answerLabel}
          </Tag>
          {match.outcomeLabel && <Tag color={match.outcome === 'granted' ? 'green' : 'red'}>{match.outcomeLabel}</Tag>}
        </Space>
        <Typography.Text>
          需求 {match.amountWan} 万元 · {match.termMonths} 个月 · {match.purpose}
        </Typography.Text>
        <Typography.Text type="secondary">
          匹配产品：{match.productName}（{match.kindLabel}）；信用等级 {match.grade ?? '暂无'}；有效发明专利{' '}
          {match.inventionPatents} 件；担保方式 {match.collaterals.map((item) => item.label).join('、') || '未填'}
          {match.tiers.length > 0 && `；${match.tiers.map((item) => item.label).join('、')}`}
        </Typography.Text>
        <Typography.Text type="secondary">
          匹配理由：{match.checks.map((check) => `${check.label}（${check.detail}）`).join('；')}
        </Typography.Text>
        {match.answerReason && <Typography.Text>不予受理：{match.answerReason}</Typography.Text>}
        {match.outcome === 'granted' && (
          <Typography.Text>
            已于 {match.grantedOn} 放款 {match.grantedAmountWan} 万元（贷款报送第 {match.loanId} 号）
          </Typography.Text>
        )}
        {match.outcomeReason && <Typography.Text>未放款：{match.outcomeReason}</Typography.Text>}
        {error && <Alert type="error" showIcon role="alert" message={error} />}
        {match.answer === 'pending' && (
          <Space wrap>
            <Button type="primary" onClick={answerInterested}>
              有意向
            </Button>
            <ConfirmWithReason
              title="不予受理这项融资需求？"
              action="不予受理"
              reasonLabel="不予受理理由（将告知企业）"
              onConfirm={decline}
            />
          </Space>
        )}
        {match.answer === 'interested' && match.outcome === null && (
          <Space wrap>
            <Button type="primary" onClick={() => setIsGranting(true)}>
              已放款
            </Button>
            <ConfirmWithReason
              title="反馈未放款？"
              action="未放款"
              reasonLabel="未放款原因（将告知企业）"
              onConfirm={refuse}
            />
          </Space>
        )}
      </Space>
      {isGranting && (
        <GrantDialog
          match={match}
          onCancel={() => setIsGranting(false)}
          onDone={() => {
            setIsGranting(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

/**
 * 融资对接 for the bank: the needs that match its products (only those whose enterprise consents to share its credit),
 * why each matches, its answer and the outcome — a loan granted is reported with the bank's other loans.
 */
export default function BankFinancingPage() {
  const [reloadKey, setReloadKey] = useState(0);
  const state = useApi(
    () => call(api.GET('/api/financing/matches', { params: { query: { limit: 100, offset: 0 } } })),
    [reloadKey],
  );
  return (
    <AsyncContent state={state}>
      {({ items }) =>
        items.length === 0 ? (
          <EmptyState description="暂无与本机构产品匹配、且企业同意共享信用信息的融资需求。" />
        ) : (
          <List
            dataSource={items}
            split={false}
            renderItem={(match) => (
              // A list item around each card: a screen reader counts the needs (a <ul> holds only <li>).
              <List.Item style={{ display: 'block', padding: 0 }}>
                <MatchCard match={match} onChanged={() => setReloadKey((key) => key + 1)} />
              </List.Item>
            )}
          />
        )
      }
    </AsyncContent>
  );
}
