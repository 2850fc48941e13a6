import { Alert, Button, Form, Input, Radio, Select, Typography, message } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { refreshUnreadCount } from '../inbox/unread-count.ts';
import { AttachmentUpload } from '../shared/attachment-upload.tsx';
import { showFieldErrors } from '../shared/field-errors.ts';
import { RADIO_GROUP_ROLE } from '../../../components/radio-group-role.ts';

interface Values {
  target: 'record' | 'evaluation';
  recordId?: number;
  reason: string;
  attachments: string[];
}

/**
 * 信用复评(核)申请 (001 §二(四)): contest one of the enterprise's records or its evaluation result, with the reason and
 * evidence, within the filing window. Only what can still be contested is offered; the last day is shown.
 * `?recordId=` or `?target=evaluation` preselect the target (links from 我的记录 and 我的信用).
 */
export function ObjectionForm({ onSubmitted }: { onSubmitted: () => void }) {
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const state = useApi(async () => {
    const [records, overview] = await Promise.all([
      call(api.GET('/api/enterprise-portal/records', { params: { query: { purpose: 'objection', limit: 200 } } })),
      call(api.GET('/api/enterprise-portal/overview')),
    ]);
    return { records: records.items, overview };
  }, []);
  const target = Form.useWatch('target', form);
  const recordId = Form.useWatch('recordId', form);

  const submit = async (values: Values) => {
    const evaluation = state.data?.overview.evaluation;
    setIsBusy(true);
    setFormError(null);
    try {
      const body =
        values.target === 'evaluation'
          ? { evaluationId: evaluation?.id, reason: values.reason, attachments: values.attachments ?? [] }
          : { recordId: values.recordId, reason: values.reason, attachments: values.attachments ?? [] };
      const created = await call(api.POST('/api/objections', { body }));
      message.success(`异议申请已提交（编号 ${created.id}）`);
      form.resetFields(['reason', 'attachments']);
      void refreshUnreadCount();
      onSubmitted();
    } catch (error) {
      setFormError(
        showFieldErrors(form, error, {
          reason: ['reason'],
          attachments: ['attachments'],
          recordId: ['recordId'],
          evaluationId: ['target'],
          异议理由: ['reason'],
          理由: ['reason'],
          证明材料: ['attachments'],
          信用记录: ['recordId'],
          评价结果: ['target'],
        }),
      );
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <AsyncContent state={state}>
      {({ records, overview }) => {
        const evaluation = overview.evaluation;
        const requested = Number(searchParams.get('recordId')) || undefined;
        const isRequestedFilable = requested === undefined || records.some((record) => record.id === requested);
        const selected = records.find((record) => record.id === recordId);
        return (
          <Form<Values>
            form={form}
            layout="vertical"
            requiredMark="optional"
            onFinish={submit}
            initialValues={{
              target:
                searchParams.get('target') === 'evaluation' || (records.length === 0 && evaluation?.objection.canFile)
                  ? 'evaluation'
                  : 'record',
              recordId: isRequestedFilable ? requested : undefined,
              attachments: [],
            }}
            scrollToFirstError={{ block: 'center' }}
          >
            <Form.Item name="target" label="异议对象" rules={[{ required: true, message: '请选择异议对象' }]}>
              <Radio.Group
                {...RADIO_GROUP_ROLE}
                aria-label="异议对象"
                optionType="button"
                buttonStyle="solid"
                size="large"
                style={{ display: 'flex' }}
              >
                <Radio.Button value="record" style={{ flex: 1, textAlign: 'center' }}>
                  信用记录
                </Radio.Button>
                <Radio.Button value="evaluation" style={{ flex: 1, textAlign: 'center' }}>
                  评价结果
                </Radio.Button>
              </Radio.Group>
            </Form.Item>
            {!isRequestedFilable && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                message={`记录 ${requested} 已超过异议期限或已有办理中的异议，不能再提出`}
              />
            )}
            {target === 'record' ? (
              <Form.Item
                name="recordId"
                label="有异议的记录"
                rules={[{ required: true, message: '请选择有异议的信用记录' }]}
                extra={
                  selected
                    ? `须在 ${selected.objection.lastDay} 前提出（自记录归集之日起 ${overview.limits.objectionFilingWindowDays} 日内）`
                    : `可对归集之日起 ${overview.limits.objectionFilingWindowDays} 日内的记录提出异议`
                }
              >
                <Select
                  size="large"
                  placeholder={records.length === 0 ? '没有可以提出异议的记录' : '请选择记录'}
                  disabled={records.length === 0}
                  showSearch
                  optionFilterProp="search"
                  options={records.map((record) => ({
                    value: record.id,
                    search: `${record.kindLabel} ${record.summary} ${record.number ?? ''} ${record.occurredOn ?? ''}`,
                    label: `${record.kindLabel} · ${record.occurredOn ?? '日期不详'}`,
                    detail: `${record.departmentName}${record.number ? ` · ${record.number}` : ''}${record.summary ? ` · ${record.summary}` : ''}`,
                  }))}
                  optionRender={(option) => (
                    <div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '4px 0' }}>
                      <div>{option.data.label}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {option.data.detail}
                      </Typography.Text>
                    </div>
                  )}
                />
              </Form.Item>
            ) : (
              <Form.Item label="有异议的评价结果">
                {evaluation ? (
                  <div style={{ background: '#fafafa', borderRadius: 6, padding: '8px 12px' }}>
                    <Typography.Text strong>
                      {evaluation.grade} 级 · {evaluation.score} 分（评价基准日 {evaluation.asOf}）
                    </Typography.Text>
                    <Typography.Text
                      type={evaluation.objection.canFile ? 'secondary' : 'danger'}
                      style={{ display: 'block', fontSize: 13 }}
                    >
                      {evaluation.objection.openCaseId
                        ? `对本次评价结果的异议申请（编号 ${evaluation.objection.openCaseId}）正在办理`
                        : evaluation.objection.canFile
                          ? `须在 ${evaluation.objection.lastDay} 前提出（自评价结果生成之日起 ${overview.limits.objectionFilingWindowDays} 日内）`
                          : `异议期限已过（${evaluation.objection.lastDay}）`}
                    </Typography.Text>
                  </div>
                ) : (
                  <Typography.Text type="secondary">本企业尚未评价</Typography.Text>
                )}
              </Form.Item>
            )}
            <Form.Item
              name="reason"
              label="异议理由"
              rules={[{ required: true, whitespace: true, message: '请填写异议理由' }]}
            >
              <Input.TextArea
                rows={4}
                maxLength={4000}
                showCount
                placeholder="说明哪项信息有误、正确情况是什么、依据是什么"
              />
            </Form.Item>
            <Form.Item name="attachments" label="佐证材料">
              <AttachmentUpload
                maxBytes={overview.limits.attachmentMaxBytes}
                hint="如复议决定书、缴款凭证、判决书的照片或 PDF"
              />
            </Form.Item>
            {formError && <Alert type="error" showIcon role="alert" message={formError} style={{ marginBottom: 12 }} />}
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={isBusy}
              disabled={target === 'evaluation' && !evaluation?.objection.canFile}
            >
              提交异议申请
            </Button>
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
              受理后 {overview.limits.objectionReviewWorkingDays}{' '}
              个工作日内办结，结果通过消息告知。异议处理期间，相关记录标注“异议中”。
            </Typography.Text>
          </Form>
        );
      }}
    </AsyncContent>
  );
}
