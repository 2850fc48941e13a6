import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { RatingForm, RatingOutcome, type RatingResult } from './rating-form.tsx';
import { RequestAnswer, RequestSummary, RequestTimeline } from './request-details.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

interface TrackingValues {
  trackingCode: string;
  phone: string;
}

/**
 * A visitor follows a case without an account: the tracking code and the phone number given when filing open it
 * (the server answers “未找到” for any mismatch), and once answered the visitor rates it the same way.
 */
export function TrackRequestPanel({ initialCode }: { initialCode?: string }) {
  const [tracking, setTracking] = useState<TrackingValues>();
  const [request, setRequest] = useState<Schemas['EnterpriseRequestDetail']>();
  const [outcome, setOutcome] = useState<RatingResult>();
  const { run, isBusy, error } = useSubmit();

  const look = (values: TrackingValues) =>
    run(async () => {
      setRequest(undefined);
      setRequest(await call(api.POST('/api/requests/track', { body: values })));
      setTracking(values);
    });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Form
          layout="inline"
          onFinish={look}
          initialValues={{ trackingCode: initialCode }}
          disabled={isBusy}
          style={{ rowGap: 12 }}
        >
          <Form.Item
            name="trackingCode"
            label="查询码"
            rules={[{ required: true, whitespace: true, message: '请填写查询码' }]}
          >
            <Input placeholder="QH 开头" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            name="phone"
            label="手机号码"
            rules={[{ required: true, whitespace: true, message: '请填写提交时的手机号码' }]}
          >
            <Input inputMode="tel" maxLength={11} style={{ width: 160 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isBusy}>
            查询
          </Button>
        </Form>
        {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginTop: 12 }} />}
      </Card>
      {outcome && <RatingOutcome result={outcome} />}
      {request && tracking && (
        <>
          <Card size="small" title={request.title} styles={{ title: { whiteSpace: 'normal' } }}>
            <RequestSummary request={request} />
          </Card>
          <Card size="small" title="答复与评价">
            <RequestAnswer request={request} />
            {request.state === 'answered' && !request.rating && (
              <RatingForm
                rate={(values) => call(api.POST('/api/requests/track/rating', { body: { ...tracking, ...values } }))}
                onRated={async (result) => {
                  setOutcome(result);
                  await look(tracking);
                }}
              />
            )}
          </Card>
          <Card size="small" title="办理过程">
            <RequestTimeline history={request.history} />
          </Card>
        </>
      )}
    </Space>
  );
}
