import { Alert, Button, Card, Col, Form, Input, List, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

type Policy = Schemas['Policy'];
type Eligible = Schemas['PolicyEligibleEnterprise'];
type EnterprisePolicies = {
  uscc: string;
  name: string;
  grade: string | null;
  asOf: string;
  items: Array<{ policy: Policy; qualifies: boolean; reasons: string[]; whyNot: string | null }>;
};

/** The enterprises one policy finds eligible today, with the facts each condition rests on, and the export. */
function EligibleEnterprises({ policy }: { policy: Policy }) {
  return (
    <Card
      title={`符合“${policy.name}”的企业`}
      extra={
        <ExportButton
          request={() =>
            api.GET('/api/policies/{code}/eligible.xlsx', { params: { path: { code: policy.code } }, parseAs: 'blob' })
          }
          fileName={`${policy.name}-符合条件企业.xlsx`}
        />
      }
    >
      <PagedTable<Eligible>
        rowKey="uscc"
        size="small"
        filters={[policy.code]}
        pageSize={10}
        emptyText="目前没有符合条件的企业"
        load={({ limit, offset }) =>
          call(
            api.GET('/api/policies/{code}/eligible', {
              params: { path: { code: policy.code }, query: { limit, offset } },
            }),
          )
        }
        columns={[
          {
            title: '企业',
            dataIndex: 'name',
            width: 170,
            render: (name: string, row) => <Link to={`/admin/enterprises/${row.uscc}`}>{name}</Link>,
          },
          {
            title: '信用等级',
            dataIndex: 'grade',
            width: 80,
            render: (grade: string | null) => <GradeTag grade={grade} />,
          },
          {
            title: '符合依据',
            dataIndex: 'reasons',
            render: (reasons: string[]) => (
              <ul style={{ margin: 0, paddingLeft: 16, fontSize: 12 }}>
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ),
          },
          {
            title: '首次符合 / 通知',
            width: 110,
            render: (_, row) => (
              <Space direction="vertical" size={0} style={{ fontSize: 12 }}>
                <span>{row.firstSeenOn ?? '—'}</span>
                <Typography.Text type="secondary">
                  {row.notifiedOn ? `${row.notifiedOn} 已通知` : '未通知'}
                </Typography.Text>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** For one enterprise: every policy, whether it qualifies, and why or why not. */
function EnterpriseLookup() {
  const [result, setResult] = useState<EnterprisePolicies>();
  const { run, isBusy, error } = useSubmit();
  const look = ({ uscc }: { uscc: string }) =>
    run(async () => {
      setResult(undefined);
      setResult(
        await call(
          api.GET('/api/enterprises/{uscc}/policies', { params: { path: { uscc: uscc.trim().toUpperCase() } } }),
        ),
      );
    });
  return (
    <Card title="按企业查询可享受的政策">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Form layout="inline" onFinish={look}>
          <Form.Item
            name="uscc"
            label="统一社会信用代码"
            rules={[{ required: true, message: '请输入统一社会信用代码' }]}
          >
            <Input style={{ width: 220 }} maxLength={18} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isBusy}>
            查询
          </Button>
        </Form>
        {error && <Alert type="error" showIcon role="alert" message={error} />}
        {result && (
          <List
            size="small"
            header={
              <Space>
                {result.name} <GradeTag grade={result.grade} />{' '}
                <Typography.Text type="secondary">基准日 {result.asOf}</Typography.Text>
              </Space>
            }
            dataSource={result.items}
            renderItem={(item) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <Space>
                    {item.qualifies ? <Tag color="green">符合</Tag> : <Tag>不符合</Tag>}
                    <strong>{item.policy.name}</strong>
                  </Space>
                  <Typography.Text type="secondary">
                    {item.qualifies ? item.reasons.join('；') : item.whyNot}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Space>
    </Card>
  );
}

/** 政策匹配 (惠企政策"免申即享"): the policies and their conditions, who qualifies, and why. */
export default function PoliciesPage() {
  const state = useApi(() => call(api.GET('/api/policies')), []);
  const [selected, setSelected] = useState<string>();
  return (
    <AsyncContent state={state}>
      {(data) => {
        const policy = data.items.find((item) => item.code === (selected ?? data.items[0]?.code));
        return (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={7}>
              <Card title={`惠企政策（${data.items.length} 项）`} size="small">
                <List
                  size="small"
                  dataSource={data.items}
                  renderItem={(item) => (
                    <List.Item
                      style={{
                        cursor: 'pointer',
                        background: item.code === policy?.code ? '#e6f4ff' : undefined,
                        paddingInline: 8,
                      }}
                      onClick={() => setSelected(item.code)}
                    >
                      <Space direction="vertical" size={2}>
                        <Space wrap>
                          <strong>{item.name}</strong>
                          <Tag color={item.mode === 'exempt_application' ? 'green' : 'blue'}>{item.modeLabel}</Tag>
                          {item.isLocalExample && <Tag>本地示例</Tag>}
                        </Space>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {item.departmentName} · {item.referenceText}
                        </Typography.Text>
                      </Space>
                    </List.Item>
                  )}
                />
              </Card>
            </Col>
            <Col xs={24} xl={17}>
              <Space direction="vertical" size={16} style={{ width: '100%' }}>
                {policy && (
                  <Card title={policy.name} size="small">
                    <Typography.Paragraph>享受内容：{policy.benefit}</Typography.Paragraph>
                    <Typography.Paragraph style={{ marginBottom: 4 }}>享受条件：</Typography.Paragraph>
                    <ul style={{ marginTop: 0 }}>
                      {policy.conditionLines.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                    <Typography.Text type="secondary">
                      有效期 {policy.validFrom} 至 {policy.validTo ?? '长期'}；依据 {policy.basisText}
                    </Typography.Text>
                  </Card>
                )}
                {policy && <EligibleEnterprises policy={policy} />}
                <EnterpriseLookup />
              </Space>
            </Col>
          </Row>
        );
      }}
    </AsyncContent>
  );
}
