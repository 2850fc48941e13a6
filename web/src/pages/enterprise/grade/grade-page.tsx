import { ExclamationCircleOutlined, FileTextOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api, ApiError, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { DimensionChart } from './dimension-chart.tsx';
import { colorOfGrade } from '../../../components/grade-colors.ts';
import { IndicatorExplanations } from './indicator-explanations.tsx';
import { TouchSized } from '../shared/touch-sized.tsx';
import { ProfileTags } from '../../../components/profile-tags.tsx';

/**
 * 我的信用 (enterprise portal): the current grade and score, the 信用画像 tags, the score's composition by dimension, the
 * explanation of every indicator, the report (page and PDF) and the way to contest the result.
 */
export default function GradePage() {
  const { user } = useSession();
  const uscc = user?.uscc ?? '';
  const navigate = useNavigate();
  const state = useApi(async () => {
    const [trace, overview, kinds] = await Promise.all([
      call(api.GET('/api/enterprises/{uscc}/evaluation', { params: { path: { uscc } } })).catch((error: unknown) => {
        // Not evaluated yet is a state of the enterprise, not a failure of the page.
        if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
        throw error;
      }),
      call(api.GET('/api/enterprise-portal/overview')),
      call(api.GET('/api/catalog/kinds')),
    ]);
    return { trace, overview, kindLabels: new Map(kinds.items.map((kind) => [kind.code, kind.label])) };
  }, [uscc]);

  return (
    <TouchSized>
      <AsyncContent state={state} loadingHeight={320}>
        {({ trace, overview, kindLabels }) =>
          trace === null ? (
            <EmptyState description="本企业尚未评价。评价结果生成后，会在这里显示信用等级与得分构成。" />
          ) : (
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              <Card size="small" data-testid="grade-card">
                <Flex gap={16} align="center">
                  <div
                    aria-label={`信用等级 ${trace.grade}`}
                    style={{
                      width: 72,
                      height: 72,
                      borderRadius: 12,
                      background: colorOfGrade(trace.grade),
                      color: '#fff',
                      fontSize: 40,
                      fontWeight: 700,
                      display: 'flex',
                      alignItems: 'center',
                      justifyContent: 'center',
                      flexShrink: 0,
                    }}
                  >
                    {trace.grade}
                  </div>
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text style={{ fontSize: 18, fontWeight: 600, display: 'block' }}>
                      {trace.gradeLabel} · {trace.score} 分
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 13, display: 'block' }}>
                      {overview.name}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      评价基准日 {trace.asOf} · {trace.modelName}
                    </Typography.Text>
                  </div>
                </Flex>
                {trace.vetoes.length > 0 && (
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginTop: 12 }}
                    message={`因否决事项，等级由 ${trace.gradeBeforeVetoes} 调整为 ${trace.grade}`}
                    description={trace.vetoes
                      .map((veto) => `${veto.label}（最高 ${veto.capGrade} 级；${veto.referenceText}）`)
                      .join('；')}
                  />
                )}
                <Flex gap={8} wrap style={{ marginTop: 12 }}>
                  <Button
                    type="primary"
                    size="large"
                    icon={<FileTextOutlined />}
                    onClick={() => navigate('/enterprise/grade/report')}
                  >
                    信用报告
                  </Button>
                  <ExportButton
                    request={() =>
                      api.GET('/api/enterprises/{uscc}/report', {
                        params: { path: { uscc }, query: { format: 'pdf' } },
                        parseAs: 'blob',
                      })
                    }
                    fileName="企业信用报告.pdf"
                  >
                    下载 PDF
                  </ExportButton>
                </Flex>
                {overview.evaluation?.objection.canFile ? (
                  <Link
                    to="/enterprise/services/objections?target=evaluation"
                    style={{ display: 'inline-flex', alignItems: 'center', minHeight: 40, marginTop: 4 }}
                  >
                    <ExclamationCircleOutlined style={{ marginInlineEnd: 6 }} />
                    对评价结果有异议？{overview.evaluation.objection.lastDay} 前可申请复评{' '}
                    <RightOutlined style={{ fontSize: 12 }} />
                  </Link>
                ) : overview.evaluation?.objection.openCaseId ? (
                  <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
                    对本次评价结果的异议申请（编号 {overview.evaluation.objection.openCaseId}）正在办理
                  </Typography.Text>
                ) : null}
              </Card>

              <Card size="small" title="信用画像" data-testid="profile-card">
                <ProfileTags uscc={uscc} />
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 8 }}>
                  轻触标签查看含义和所依据的记录。标签可用于惠企政策匹配。
                </Typography.Text>
              </Card>

              <Card
                size="small"
                title="得分构成"
                extra={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    括号内为权重
                  </Typography.Text>
                }
              >
                <DimensionChart dimensions={trace.dimensions} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  总分 = 各维度得分 × 权重之和。维度得分 = 基础分 + 各指标加减分。
                </Typography.Text>
              </Card>

              <Card size="small" title="指标说明">
                <IndicatorExplanations trace={trace} kindLabels={kindLabels} />
              </Card>
            </Space>
          )
        }
      </AsyncContent>
    </TouchSized>
  );
}
