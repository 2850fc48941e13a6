import { ArrowRightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, List, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call, messageOf, type Schemas } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { AsyncContent } from './async-content.tsx';
import { GradeTag } from './grade-tag.tsx';
import { EmptyState } from './page-states.tsx';

type Overview = Schemas['CheckupOverview'];
type Suggestion = Overview['suggestions'][number];
type Simulation = Schemas['CheckupSimulation'];

function keyOf(change: Suggestion['change']): string {
  return change.type === 'repair' ? `repair:${change.recordId}` : `fact:${change.fact}`;
}

function signed(value: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(2)}`;
}

function ScoreChange({ value }: { value: number }) {
  return <Tag color={value > 0 ? 'green' : value < 0 ? 'red' : undefined}>{signed(value)} 分</Tag>;
}

function SimulationResult({ simulation }: { simulation: Simulation }) {
  return (
    <Card size="small" title="试算结果" data-testid="checkup-result">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="这是试算，不是正式评价结果，不会保存，也不改变任何记录。"
        description={
          simulation.stored
            ? `现有正式评价：${simulation.stored.score.toFixed(2)} 分（${simulation.stored.grade}，评价基准日 ${simulation.stored.asOf}）。`
            : '本企业尚无正式评价结果。'
        }
      />
      <Space wrap size={24} align="center">
        <Statistic title="按现有信息" value={simulation.current.score} precision={2} suffix="分" />
        <ArrowRightOutlined />
        <Statistic title="试算后" value={simulation.simulated.score} precision={2} suffix="分" />
        <Space direction="vertical" size={4}>
          <Typography.Text type="secondary">等级</Typography.Text>
          <Space size={4}>
            <GradeTag grade={simulation.current.grade} label={simulation.current.gradeLabel} />
            <ArrowRightOutlined />
            <GradeTag grade={simulation.simulated.grade} label={simulation.simulated.gradeLabel} />
          </Space>
        </Space>
      </Space>
      <Table
        style={{ marginTop: 12 }}
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        dataSource={simulation.indicators}
        locale={{ emptyText: '没有指标得分变化' }}
        columns={[
          { title: '指标', dataIndex: 'label', render: (label: string, row) => `${row.dimensionLabel} · ${label}` },
          { title: '原得分', dataIndex: 'pointsBefore', align: 'right' },
          { title: '试算得分', dataIndex: 'pointsAfter', align: 'right' },
          {
            title: '总分变化',
            dataIndex: 'scoreChange',
            align: 'right',
            render: (value: number) => <ScoreChange value={value} />,
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {simulation.modelName}，试算基准日 {simulation.asOf}。
      </Typography.Paragraph>
    </Card>
  );
}

/**
 * 信用体检 of one enterprise: the changes that would raise its score (each tried alone, most points first) with how to
 * make each count, and a what-if of the ones ticked together. Shown to the enterprise and, on the enterprise page,
 * to officials; nothing is stored.
 */
export function CreditCheckup({ uscc }: { uscc: string }) {
  const state = useApi(() => call(api.GET('/api/enterprises/{uscc}/checkup', { params: { path: { uscc } } })), [uscc]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [simulation, setSimulation] = useState<Simulation>();
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);

  const simulate = async (suggestions: Suggestion[]) => {
    setIsBusy(true);
    setError(undefined);
    try {
      const changes = suggestions.filter((item) => chosen.includes(keyOf(item.change))).map((item) => item.change);
      setSimulation(
        await call(
          api.POST('/api/enterprises/{uscc}/checkup/simulate', { params: { path: { uscc } }, body: { changes } }),
        ),
      );
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <AsyncContent state={state}>
      {(overview) => (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card size="small">
            <Space wrap size={24} align="center">
              <Statistic title="按现有信息计算的得分" value={overview.current.score} precision={2} suffix="分" />
              <GradeTag grade={overview.current.grade} label={overview.current.gradeLabel} />
            </Space>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              下面逐项试算能提高得分的事项（{overview.modelName}，基准日 {overview.asOf}
              ）。勾选几项后点“试算”，可看合计效果。
            </Typography.Paragraph>
          </Card>
          {overview.suggestions.length === 0 ? (
            <EmptyState description="暂无能提高得分的事项：现有信息已计满，或没有可修复的失信信息。" />
          ) : (
            <Card size="small" title="可以提高得分的事项">
              <Checkbox.Group
                value={chosen}
                onChange={(values) => setChosen(values as string[])}
                style={{ width: '100%' }}
              >
                <List
                  dataSource={overview.suggestions}
                  renderItem={(item) => (
                    <List.Item data-testid="checkup-suggestion">
                      <Space direction="vertical" size={4} style={{ width: '100%' }}>
                        <Space wrap>
                          <Checkbox value={keyOf(item.change)}>{item.title}</Checkbox>
                          <ScoreChange value={item.scoreChange} />
                          <span>
                            可达 {item.simulated.score.toFixed(2)} 分 <GradeTag grade={item.simulated.grade} />
                          </span>
                          {!item.isAvailableNow && <Tag color="orange">暂不能办理</Tag>}
                        </Space>
                        <Typography.Text type="secondary">{item.how}</Typography.Text>
                        {item.referenceText && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            假设依据：{item.referenceText}
                          </Typography.Text>
                        )}
                      </Space>
                    </List.Item>
                  )}
                />
              </Checkbox.Group>
              <Button
                type="primary"
                disabled={chosen.length === 0}
                loading={isBusy}
                onClick={() => simulate(overview.suggestions)}
              >
                试算所选 {chosen.length} 项
              </Button>
            </Card>
          )}
          {error && <Alert type="error" showIcon role="alert" message={error} />}
          {simulation && <SimulationResult simulation={simulation} />}
        </Space>
      )}
    </AsyncContent>
  );
}
