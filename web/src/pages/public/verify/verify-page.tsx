import { Alert, Button, Card, Descriptions, Form, Input, Result, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

interface VerifyForm {
  number: string;
  code: string;
  grade?: string;
}

/**
 * 报告核验: anyone holding a credit report checks it was issued by the platform — the report number and the
 * verification code printed on it (and, optionally, the grade printed on it). `?number=&code=` fills the form in.
 */
export default function VerifyPage() {
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<VerifyForm>();
  const { run, isBusy, error } = useSubmit();
  const [result, setResult] = useState<Schemas['ReportVerification']>();

  const verify = (values: VerifyForm) =>
    run(async () => {
      setResult(undefined);
      const grade = values.grade?.trim();
      setResult(
        await call(
          api.GET('/verify/{number}', {
            params: {
              path: { number: values.number.trim() },
              query: { code: values.code.trim(), grade: grade || undefined },
            },
          }),
        ),
      );
    });

  // A link such as /public/verify?number=…&code=… (printed next to the report's verification path) verifies at once.
  useEffect(() => {
    const number = searchParams.get('number');
    const code = searchParams.get('code');
    if (number && code) {
      form.setFieldsValue({ number, code });
      void verify({ number, code });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 720 }}>
      <Card>
        <Typography.Paragraph type="secondary">
          本平台签发的每份企业信用报告都印有报告编号和验证码。输入二者即可确认报告是否由本平台签发、所属企业、签发日期与信用等级；核验不提供报告的其他内容。可同时填写报告上印的信用等级一并核对。
        </Typography.Paragraph>
        <Form<VerifyForm> form={form} layout="vertical" onFinish={verify} requiredMark="optional" disabled={isBusy}>
          <Form.Item
            name="number"
            label="报告编号"
            rules={[{ required: true, whitespace: true, message: '请填写报告上的报告编号' }]}
          >
            <Input placeholder="如 XP-420703-20261122-000001" autoComplete="off" maxLength={64} />
          </Form.Item>
          <Form.Item
            name="code"
            label="验证码"
            rules={[{ required: true, whitespace: true, message: '请填写报告上的验证码' }]}
          >
            <Input placeholder="报告上印的验证码" autoComplete="off" maxLength={64} />
          </Form.Item>
          <Form.Item name="grade" label="报告上的信用等级">
            <Input placeholder="如 A" autoComplete="off" maxLength={8} style={{ maxWidth: 160 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isBusy}>
            核验
          </Button>
        </Form>
        {error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginTop: 16 }}
            message="核验未通过"
            description={error}
          />
        )}
      </Card>
      {result && (
        <Card>
          <Result
            status="success"
            title="核验通过"
            subTitle={result.message}
            style={{ padding: '16px 0' }}
            extra={
              <Descriptions
                bordered
                size="small"
                column={1}
                style={{ textAlign: 'left' }}
                items={[
                  { key: 'number', label: '报告编号', children: result.number },
                  { key: 'name', label: '企业名称', children: result.enterpriseName },
                  { key: 'uscc', label: '统一社会信用代码', children: result.uscc },
                  { key: 'issued', label: '签发日期', children: result.issuedOn },
                  {
                    key: 'grade',
                    label: '信用等级',
                    children: <GradeTag grade={result.grade} label={result.gradeLabel} />,
                  },
                ]}
              />
            }
          />
        </Card>
      )}
    </Space>
  );
}
