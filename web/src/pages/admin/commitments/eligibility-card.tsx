import { Alert, Button, Card, Descriptions, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

type Item = Schemas['CommitmentList']['items'][number];
type Eligibility = Schemas['CommitmentEligibility'];

/**
 * 容缺受理、告知承诺: may this enterprise use them for this item? The answer from the enterprise's current grade and the
 * commitment list (catalog/commitment-list.yaml), with the grades each measure requires and its basis.
 */
export function EligibilityCard({
  items,
  departmentNames,
}: {
  items: Item[];
  departmentNames: Map<string, string> | undefined;
}) {
  const [answer, setAnswer] = useState<Eligibility>();
  const { run, isBusy, error } = useSubmit();
  const ask = (values: { itemCode: string; uscc: string }) =>
    run(async () => {
      setAnswer(undefined);
      setAnswer(
        await call(
          api.GET('/api/commitment-items/{code}/eligibility', {
            params: { path: { code: values.itemCode }, query: { uscc: values.uscc.trim() } },
          }),
        ),
      );
    });
  return (
    <Card title="容缺受理、告知承诺适用查询">
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Form layout="vertical" onFinish={ask} requiredMark={false} style={{ maxWidth: 560 }}>
          <Form.Item name="itemCode" label="办理事项" rules={[{ required: true, message: '请选择办理事项' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              placeholder="请选择信用承诺清单中的事项"
              options={items.map((item) => ({
                value: item.code,
                label: `${item.name}（${departmentNames?.get(item.department) ?? '办理部门'}）`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="uscc"
            label="企业统一社会信用代码"
            rules={[{ required: true, whitespace: true, message: '请填写企业统一社会信用代码' }]}
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isBusy}>
            查询
          </Button>
        </Form>
        {error && <Alert type="error" showIcon role="alert" message={error} />}
        {answer && (
          <div data-testid="eligibility-answer">
            <Descriptions
              size="small"
              bordered
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'enterprise', label: '企业', children: `${answer.enterpriseName}（${answer.uscc}）` },
                { key: 'item', label: '办理事项', children: answer.item.name },
                {
                  key: 'grade',
                  label: '当前信用等级',
                  children: answer.grade ? (
                    <Space size={4}>
                      <GradeTag grade={answer.grade} />
                      {answer.score !== null && `${answer.score.toFixed(2)} 分`}
                      {answer.evaluatedAsOf && `（评价基准日 ${answer.evaluatedAsOf}）`}
                    </Space>
                  ) : (
                    '尚未评价'
                  ),
                },
              ]}
            />
            <List
              style={{ marginTop: 12 }}
              dataSource={answer.measures}
              renderItem={(measure) => (
                <List.Item>
                  <Space direction="vertical" size={2}>
                    <Space size={8} wrap>
                      <Typography.Text strong>{measure.measure}</Typography.Text>
                      {measure.isEligible ? <Tag color="green">可以适用</Tag> : <Tag color="red">不能适用</Tag>}
                      <Typography.Text type="secondary">
                        要求评价等级：{measure.requiredGrades.join('、')}
                      </Typography.Text>
                    </Space>
                    <Typography.Text>{measure.explanation}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      依据：{measure.referenceText}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </div>
        )}
      </Space>
    </Card>
  );
}
