import { Alert, Button, Card, Grid, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { districtToday } from '../../../components/district-time.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

type Ranking = Schemas['IncubatorRanking'];
type Result = Ranking['results'][number];
type Indicator = Result['indicators'][number];

/** A model version as people say it: `incubator-evaluation/1` → 第 1 版 (the model's code is for developers). */
function versionLabel(modelVersion: string): string {
  return `第 ${modelVersion.split('/').pop()} 版`;
}

/** Every indicator of one incubator as the model computed it: value, points, weight, source and reference. */
function IndicatorTrace({ indicators }: { indicators: Indicator[] }) {
  return (
    <Table<Indicator>
      size="small"
      rowKey="code"
      dataSource={indicators}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '指标', dataIndex: 'label', width: 140 },
        { title: '值', dataIndex: 'valueText', width: 260 },
        {
          title: '计分刻度',
          key: 'scale',
          width: 150,
          render: (_: unknown, row) => `${row.scale.zero} 得 0 分，${row.scale.full} 得满分`,
        },
        { title: '得分', dataIndex: 'points', align: 'right', width: 64 },
        { title: '权重', dataIndex: 'weight', align: 'right', width: 56 },
        { title: '加权得分', dataIndex: 'contribution', align: 'right', width: 80 },
        { title: '数据来源', dataIndex: 'sourceText', width: 280 },
        { title: '依据', dataIndex: 'referenceText', width: 280 },
      ]}
    />
  );
}

function RankingTable({ ranking, isPhone }: { ranking: Ranking; isPhone: boolean }) {
  const labels = ranking.results[0]?.indicators.map((indicator) => indicator.label) ?? [];
  return (
    <Table<Result>
      size="small"
      rowKey="code"
      dataSource={ranking.results}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (row) => <IndicatorTrace indicators={row.indicators} /> }}
      columns={[
        { title: '总排名', dataIndex: 'overallRank', align: 'right', width: 64, fixed: isPhone ? undefined : 'left' },
        {
          title: '孵化载体',
          dataIndex: 'name',
          width: 170,
          render: (name: string, row) => <Link to={`/admin/incubators/${row.code}`}>{name}</Link>,
        },
        {
          title: '分组（组内排名）',
          key: 'group',
          width: 150,
          render: (_: unknown, row) => (
            <Space size={4} wrap>
              <span>
                {row.groupLabel}第 {row.groupRank} 名
              </span>
              {row.isAwarded && <Tag color="gold">奖励名次</Tag>}
            </Space>
          ),
        },
        { title: '综合得分', dataIndex: 'score', align: 'right', width: 80 },
        ...labels.map((label, index) => ({
          title: label,
          key: `indicator-${index}`,
          align: 'right' as const,
          // Six indicators beside the name fit 1280 px without a sideways scroll: a column holds a few digits.
          width: 72,
          render: (_: unknown, row: Result) => (
            <span title={row.indicators[index]?.valueText}>{row.indicators[index]?.points}</span>
          ),
        })),
      ]}
    />
  );
}

/** 孵化载体年度评价: a year's stored ranking with each indicator traced, its export, and (administrators) a new run. */
export default function IncubatorEvaluationsPage() {
  const { user } = useSession();
  const isPhone = Grid.useBreakpoint().md === false;
  const currentYear = Number(districtToday().slice(0, 4));
  const years = useApi(() => call(api.GET('/api/incubator-evaluations')), []);
  const [chosen, setChosen] = useState<number>();
  const year = chosen ?? years.data?.items[0]?.year ?? currentYear;
  const ranking = useApi(
    () =>
      years.data?.items.some((item) => item.year === year)
        ? call(api.GET('/api/incubator-evaluations/{year}', { params: { path: { year } } }))
        : Promise.resolve(null),
    [year, years.data],
  );
  const { run, isBusy, error } = useSubmit();
  const evaluate = () =>
    run(async () => {
      await call(api.POST('/api/incubator-evaluations', { body: { year } }));
      setChosen(year);
      years.reload();
    });
  const yearOptions = [
    ...new Set([currentYear, currentYear - 1, ...(years.data?.items.map((item) => item.year) ?? [])]),
  ].sort((a, b) => b - a);
  return (
    <Card
      title="孵化载体年度评价"
      size="small"
      extra={
        <Space wrap>
          <Select
            aria-label="评价年度"
            value={year}
            style={{ width: 110 }}
            onChange={setChosen}
            options={yearOptions.map((value) => ({ value, label: `${value} 年度` }))}
          />
          {user?.role === 'admin' && (
            <Popconfirm
              title={`按现行评价模型计算 ${year} 年度评价并存档？`}
              okText="计算"
              cancelText="取消"
              onConfirm={evaluate}
            >
              <Button type="primary" loading={isBusy}>
                计算评价
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <AsyncContent state={ranking}>
        {(data) =>
          data === null ? (
            <Alert type="info" showIcon message={`${year} 年度尚未评价。`} />
          ) : (
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {data.modelTitle}（{versionLabel(data.modelVersion)}），依据{data.referenceText}。统计截止 {data.asOf}
                ，第 {data.runNumber} 次计算（{data.evaluatedByName}）。分组：
                {data.groups.map((group) => `${group.label}前 ${group.awarded} 名`).join('；')}（
                {data.groupsReferenceText}）。展开一行可查看各项指标的值、得分、权重与数据来源。
              </Typography.Paragraph>
              <ExportButton
                request={() =>
                  api.GET('/api/incubator-evaluations/{year}/ranking.xlsx', {
                    params: { path: { year: data.year }, query: { run: data.runNumber ?? undefined } },
                    parseAs: 'blob',
                  })
                }
                fileName={`孵化载体年度评价-${data.year}.xlsx`}
              >
                导出排名（Excel）
              </ExportButton>
              <RankingTable ranking={data} isPhone={isPhone} />
            </Space>
          )
        }
      </AsyncContent>
    </Card>
  );
}
