import { Alert, Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../../api/client.ts';
import { Chart, type ChartOption } from '../../../components/chart.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { formatDateTime } from '../../../components/district-time.ts';

type Simulation = Schemas['ModelSimulation'];
type Moved = Simulation['moved'][number];

/**
 * The transition matrix as a heatmap: rows the published version's grades, columns the draft's. The diagonal (grade
 * unchanged) is a separate, neutral series so the colour scale shows only the enterprises that move.
 */
function transitionOption(simulation: Simulation): ChartOption {
  const grades = simulation.grades;
  const transitions = simulation.transitions ?? {};
  const same: Array<[number, number, number]> = [];
  const moved: Array<[number, number, number]> = [];
  grades.forEach((from, row) =>
    grades.forEach((to, column) => (from === to ? same : moved).push([column, row, transitions[from]?.[to] ?? 0])),
  );
  const maxMoved = Math.max(1, ...moved.map(([, , count]) => count));
  const label = {
    show: true,
    fontSize: 14,
    formatter: (params: { value: unknown }) => String((params.value as number[])[2]),
  };
  return {
    tooltip: {
      formatter: (params: unknown) => {
        const [column, row, count] = (params as { value: number[] }).value;
        return `现行 ${grades[row]} → 草稿 ${grades[column]}：${count.toLocaleString('zh-CN')} 家`;
      },
    },
    grid: { left: 72, right: 24, top: 48, bottom: 56 },
    xAxis: {
      type: 'category',
      data: grades,
      name: '草稿等级',
      nameLocation: 'middle',
      nameGap: 28,
      position: 'top',
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: grades,
      name: '现行等级',
      nameLocation: 'middle',
      nameGap: 40,
      inverse: true,
      splitArea: { show: true },
    },
    visualMap: {
      seriesIndex: 1,
      min: 0,
      max: maxMoved,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      text: [`${maxMoved} 家`, '0'],
      inRange: { color: ['#ffffff', '#ffd591', '#fa541c'] },
    },
    series: [
      {
        type: 'heatmap',
        name: '等级不变',
        data: same,
        label,
        itemStyle: { color: '#e6f4ff', borderColor: '#fff', borderWidth: 2 },
      },
      { type: 'heatmap', name: '等级变化', data: moved, label, itemStyle: { borderColor: '#fff', borderWidth: 2 } },
    ],
  };
}

function distributionOption(simulation: Simulation): ChartOption {
  const grades = simulation.grades;
  const series: ChartOption['series'] = [];
  if (simulation.distribution.published)
    series.push({
      type: 'bar',
      name: `现行 ${simulation.published?.modelVersion ?? ''}`,
      data: grades.map((grade) => simulation.distribution.published?.[grade] ?? 0),
      label: { show: true, position: 'top' },
      itemStyle: { color: '#91caff' },
    });
  series.push({
    type: 'bar',
    name: '草稿',
    data: grades.map((grade) => simulation.distribution.draft[grade] ?? 0),
    label: { show: true, position: 'top' },
    itemStyle: { color: '#1677ff' },
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: grades },
    yAxis: { type: 'value', name: '企业数' },
    series,
  };
}

/** A simulation's result: counts, the transition matrix, both grade distributions and the enterprises that move. */
export function SimulationPanel({ simulation, isCurrentFiles }: { simulation: Simulation; isCurrentFiles: boolean }) {
  const transitions = useMemo(() => transitionOption(simulation), [simulation]);
  const distribution = useMemo(() => distributionOption(simulation), [simulation]);
  // Grades are listed best first: a move to an earlier grade is an upgrade.
  const rank = (grade: string) => simulation.grades.indexOf(grade);
  const moves = Object.entries(simulation.transitions ?? {}).flatMap(([from, row]) =>
    Object.entries(row).map(([to, count]) => ({ from, to, count })),
  );
  const up = moves.filter((move) => rank(move.to) < rank(move.from)).reduce((sum, move) => sum + move.count, 0);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="simulation">
      {!isCurrentFiles && (
        <Alert type="warning" showIcon message="这是模型文件改动之前的模拟结果；发布前须重新模拟当前文件。" />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title="参与模拟的企业" value={simulation.enterprises} suffix="家" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="等级变化的企业"
            value={simulation.movedCount}
            suffix="家"
            valueStyle={{ color: simulation.movedCount > 0 ? '#fa541c' : undefined }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="评价基准日" value={simulation.asOf} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="对比版本"
            value={simulation.published?.modelVersion ?? '无（首个版本）'}
            valueStyle={{ fontSize: 18 }}
          />
        </Col>
      </Row>
      <Typography.Text type="secondary">
        {formatDateTime(simulation.simulatedAt)} 由 {simulation.simulatedByName ?? simulation.simulatedBy} 模拟（摘要{' '}
        {simulation.digest.slice(0, 12)}
        …）。模拟只保存结果，不改变任何企业的等级。
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title="等级迁移矩阵（行：现行等级；列：草稿等级）">
            {simulation.transitions ? (
              <Chart option={transitions} height={360} ariaLabel="等级迁移矩阵热力图" />
            ) : (
              <Alert type="info" message="模拟时尚无发布版本：没有可对比的现行等级，只有草稿的等级分布。" />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title="等级分布对比">
            <Chart option={distribution} height={360} ariaLabel="现行与草稿的等级分布柱状图" />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={`等级变化的企业（共 ${simulation.movedCount.toLocaleString('zh-CN')} 家${simulation.movedCount > simulation.moved.length ? `，列出前 ${simulation.moved.length} 家` : ''}；升级 ${up.toLocaleString('zh-CN')} 家、降级 ${(simulation.movedCount - up).toLocaleString('zh-CN')} 家）`}
      >
        <Table<Moved>
          rowKey="uscc"
          size="small"
          dataSource={simulation.moved}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          scroll={{ x: 800 }}
          columns={[
            {
              title: '企业',
              dataIndex: 'uscc',
              width: 240,
              render: (uscc: string, row) => (
                <Space direction="vertical" size={0}>
                  <Link to={`/admin/enterprises/${uscc}`}>{row.name ?? uscc}</Link>
                  {row.name && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {uscc}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: '等级',
              width: 130,
              render: (_, row) => (
                <Space size={2}>
                  <GradeTag grade={row.fromGrade} />→<GradeTag grade={row.toGrade} />
                </Space>
              ),
            },
            { title: '得分', width: 140, render: (_, row) => `${row.fromScore} → ${row.toScore}` },
            {
              title: '主要原因',
              render: (_, row) =>
                // Simulations stored before reasons existed name the indicators only.
                row.reasons
                  ? row.reasons.join('；')
                  : row.indicators
                      .map(
                        (move) => `${move.label} ${move.contributionChange > 0 ? '+' : ''}${move.contributionChange}`,
                      )
                      .join('；') || <Typography.Text type="secondary">未记录原因</Typography.Text>,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
