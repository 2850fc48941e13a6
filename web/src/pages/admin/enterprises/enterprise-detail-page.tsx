import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Grid, Space, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { CreditCheckup } from '../../../components/credit-checkup.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { ProfileTags } from '../../../components/profile-tags.tsx';
import { EvaluationTrace } from './evaluation-trace.tsx';
import { RecordTimeline } from './record-timeline.tsx';

/**
 * One enterprise for officials: its registration and 信用画像 tags, its credit records as a timeline, its evaluation
 * with the trace, its report.
 */
export default function EnterpriseDetailPage() {
  const { uscc = '' } = useParams();
  const state = useApi(() => call(api.GET('/api/enterprises/{uscc}', { params: { path: { uscc } } })), [uscc]);
  // On a phone the report button beside the name left the name a few characters: it goes under the details.
  const isPhone = Grid.useBreakpoint().md === false;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Link to="/admin/enterprises">
        <ArrowLeftOutlined /> 返回企业库
      </Link>
      <AsyncContent state={state}>
        {(enterprise) => {
          const reportButton = (
            <ExportButton
              type="primary"
              fileName={`企业信用报告-${enterprise.uscc}.pdf`}
              request={() =>
                api.GET('/api/enterprises/{uscc}/report', {
                  params: { path: { uscc }, query: { format: 'pdf' } },
                  parseAs: 'blob',
                })
              }
            >
              下载信用报告（PDF）
            </ExportButton>
          );
          return (
            <>
              <Card
                title={
                  <Space>
                    <span data-testid="enterprise-name">{enterprise.name}</span>
                    <span data-testid="enterprise-grade">
                      <GradeTag grade={enterprise.grade} />
                    </span>
                  </Space>
                }
                extra={isPhone ? undefined : reportButton}
              >
                <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
                  <Descriptions.Item label="统一社会信用代码">
                    <Typography.Text copyable>{enterprise.uscc}</Typography.Text>
                  </Descriptions.Item>
                  <Descriptions.Item label="法定代表人">{enterprise.legalRepresentative ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label="登记状态">{enterprise.status}</Descriptions.Item>
                  <Descriptions.Item label="成立日期">{enterprise.registeredOn ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label="行业">
                    {enterprise.industryLabel
                      ? `${enterprise.industryCode} ${enterprise.industryLabel}`
                      : (enterprise.industryCode ?? '—')}
                  </Descriptions.Item>
                  <Descriptions.Item label="行政区划">
                    {enterprise.regionLabel
                      ? `${enterprise.regionLabel}（${enterprise.regionCode}）`
                      : (enterprise.regionCode ?? '—')}
                  </Descriptions.Item>
                  <Descriptions.Item label="科创层级">
                    {enterprise.tierLabels.length > 0
                      ? enterprise.tierLabels.map((label) => <Tag key={label}>{label}</Tag>)
                      : '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label="孵化载体">{enterprise.incubatorName ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label="来源">
                    {enterprise.source === 'registry' ? '名录登记' : '由部门记录引入'}
                  </Descriptions.Item>
                  <Descriptions.Item label="信用画像">
                    <ProfileTags uscc={enterprise.uscc} />
                  </Descriptions.Item>
                </Descriptions>
                {enterprise.usccWarning && <Typography.Text type="warning">{enterprise.usccWarning}</Typography.Text>}
                {isPhone && <div style={{ marginTop: 12 }}>{reportButton}</div>}
              </Card>
              <Card>
                <Tabs
                  items={[
                    { key: 'records', label: '信用记录', children: <RecordTimeline uscc={uscc} /> },
                    { key: 'evaluation', label: '评价与轨迹', children: <EvaluationTrace uscc={uscc} /> },
                    { key: 'checkup', label: '信用体检', children: <CreditCheckup uscc={uscc} /> },
                  ]}
                />
              </Card>
            </>
          );
        }}
      </AsyncContent>
    </Space>
  );
}
