import { AuditOutlined, FileSearchOutlined, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { Card, Col, Input, Row, Space, Statistic, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { GradeDistributionChart } from '../../../components/grade-distribution-chart.tsx';
import { t } from '../../../locales/zh-CN.ts';
import { CaseCard } from '../cases/case-card.tsx';

/** What the platform is and the district's grade distribution (000 §二(九): publicise the results and scenes). */
function OverviewCard() {
  const state = useApi(() => call(api.GET('/api/public/overview')), []);
  return (
    <Card title="全区科创企业信用等级分布">
      <AsyncContent
        state={state}
        isEmpty={(data) => data.grades.length === 0}
        loadingHeight={300}
        empty={<Typography.Text type="secondary">评价模型尚未发布，暂无评价结果。</Typography.Text>}
      >
        {(data) => (
          <>
            <Space size={32} wrap style={{ marginBottom: 8 }}>
              <Statistic title="企业总数" value={data.enterprises} />
              <Statistic title="已评价" value={data.rated} />
              {data.model && (
                <Statistic title="现行评价模型" value={data.model.versionLabel} valueStyle={{ fontSize: 18 }} />
              )}
            </Space>
            <GradeDistributionChart grades={data.grades} height={280} />
            <Typography.Text type="secondary">
              {data.model?.publishedOn ? `模型于 ${data.model.publishedOn} 发布；` : ''}
              数字每分钟更新一次。等级怎样评出，见<Link to="/public/model">模型说明</Link>。
            </Typography.Text>
          </>
        )}
      </AsyncContent>
    </Card>
  );
}

function LatestCases() {
  const state = useApi(
    () => call(api.GET('/api/public/honest-cases', { params: { query: { limit: 3, offset: 0 } } })),
    [],
  );
  return (
    <Card title="诚信典型案例" extra={<Link to="/public/cases">全部案例</Link>}>
      <AsyncContent state={state} empty={<Typography.Text type="secondary">暂无发布的典型案例。</Typography.Text>}>
        {(data) => (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            {data.items.map((item) => (
              <CaseCard key={item.id} item={item} isCompact />
            ))}
          </Space>
        )}
      </AsyncContent>
    </Card>
  );
}

const SHORTCUTS = [
  { to: '/public/disclosure', icon: <SearchOutlined />, title: '信用公示', text: '企业信用等级，行政许可与行政处罚' },
  {
    to: '/public/verify',
    icon: <SafetyCertificateOutlined />,
    title: '报告核验',
    text: '凭报告编号与验证码核验信用报告',
  },
  { to: '/public/model', icon: <FileSearchOutlined />, title: '模型说明', text: '维度、指标、权重与等级线' },
  { to: '/public/inspections', icon: <AuditOutlined />, title: '抽查结果', text: '双随机、一公开' },
];

/** 首页 of the public portal: what the platform is, a search, the grade distribution, the latest honest cases. */
export default function HomePage() {
  const navigate = useNavigate();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('app.district')}
          {t('app.fullName')}
        </Typography.Title>
        <Typography.Paragraph>
          平台归集各部门的科创企业信用记录，按公开、版本化的评价模型对每家企业进行公共信用综合评价，评价结果用于分级分类监管、守信激励与信用融资（《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（四）项；华容政办函〔2025〕6号第二部分第（三）项）。本页面向社会公开信用评价结果、行政许可与行政处罚信息、双随机抽查结果和诚信典型案例，无需登录。
        </Typography.Paragraph>
        <Input.Search
          placeholder={t('public.searchPlaceholder')}
          enterButton="查询"
          size="large"
          allowClear
          style={{ maxWidth: 560 }}
          aria-label="查询企业信用"
          onSearch={(value) =>
            navigate(value.trim() ? `/public/disclosure?q=${encodeURIComponent(value.trim())}` : '/public/disclosure')
          }
        />
      </Card>
      <Row gutter={[16, 16]}>
        {SHORTCUTS.map((shortcut) => (
          <Col key={shortcut.to} xs={24} sm={12} lg={6}>
            <Link to={shortcut.to}>
              <Card hoverable size="small">
                <Space align="start">
                  <span style={{ fontSize: 22, color: '#1677ff' }}>{shortcut.icon}</span>
                  <span>
                    <Typography.Text strong>{shortcut.title}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">{shortcut.text}</Typography.Text>
                  </span>
                </Space>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <OverviewCard />
        </Col>
        <Col xs={24} xl={10}>
          <LatestCases />
        </Col>
      </Row>
    </Space>
  );
}
