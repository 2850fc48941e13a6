import { Alert, Button, Form, Input, Radio, Space } from 'antd';
import { RATING_OPTIONS, type Rating } from './request-terms.ts';
import { useSubmit } from '../../../components/use-submit.ts';

/** What the rating routes answer (`/api/requests/{id}/rating`, `/api/requests/track/rating`). */
export interface RatingResult {
  state: string;
  rating: string;
  rectificationDueOn: string | null;
  isFlaggedForSupervision: boolean;
}

/**
 * 好差评 (003 §四(一)): five levels and a comment, required for a bad rating (the server asks for the reason too). The
 * first bad rating reopens the case for rectification; the page shows what happened with `RatingOutcome`.
 */
export function RatingForm({
  rate,
  onRated,
}: {
  rate: (values: { rating: Rating; comment?: string }) => Promise<RatingResult>;
  onRated: (result: RatingResult) => void;
}) {
  const [form] = Form.useForm<{ rating: Rating; comment?: string }>();
  const { run, isBusy, error } = useSubmit();
  const rating = Form.useWatch('rating', form);
  const isBad = RATING_OPTIONS.find((option) => option.value === rating)?.isBad ?? false;

  const submit = (values: { rating: Rating; comment?: string }) =>
    run(async () => {
      onRated(await rate({ rating: values.rating, comment: values.comment?.trim() || undefined }));
    });

  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={isBusy} aria-label="评价答复">
      <Form.Item name="rating" label="您对答复是否满意？" rules={[{ required: true, message: '请选择评价' }]}>
        <Radio.Group>
          <Space direction="vertical">
            {RATING_OPTIONS.map((option) => (
              <Radio key={option.value} value={option.value}>
                {option.label}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="comment"
        label={isBad ? '不满意的原因' : '意见（可选）'}
        extra={
          isBad ? '差评后诉求将重新交承办部门整改（仅一次）；整改后仍不满意的，按不满意办结并列入督查。' : undefined
        }
        rules={[
          { required: isBad, whitespace: true, message: '差评请说明原因' },
          { max: 2000, message: '不超过 2000 字' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={isBusy} block>
        提交评价
      </Button>
    </Form>
  );
}

/** What a rating did, in the requester's words: reopened for rectification, closed and flagged, or thanks. */
export function RatingOutcome({ result }: { result: RatingResult }) {
  const label = RATING_OPTIONS.find((option) => option.value === result.rating)?.label ?? result.rating;
  if (result.state === 'rectifying') {
    return (
      <Alert
        type="warning"
        showIcon
        role="status"
        style={{ marginBottom: 16 }}
        message={`您的评价“${label}”已收到：诉求已重新交承办部门整改`}
        description={`承办部门将于 ${result.rectificationDueOn ?? '规定时限'} 前重新答复，届时请您再次评价。`}
      />
    );
  }
  if (result.isFlaggedForSupervision) {
    return (
      <Alert
        type="warning"
        showIcon
        role="status"
        style={{ marginBottom: 16 }}
        message={`您的评价“${label}”已收到：诉求按不满意办结`}
        description="该诉求已列入督查，督查结果将另行告知。"
      />
    );
  }
  return (
    <Alert type="success" showIcon role="status" style={{ marginBottom: 16 }} message={`感谢您的评价“${label}”`} />
  );
}
