import { Card, Col, Row, Space, Statistic, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { Chart } from '../../../components/chart.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { stackedStatusOption } from './board-charts.ts';
import { BoardFilters, type ListCode } from './task-filters.tsx';
import { TASK_STATUSES } from './task-terms.ts';

type Counts = Schemas['ReformTaskCounts'];

function countColumns<T>(prefix: string, countsOf: (row: T) => Counts): TableColumnsType<T> {
  return [
    { title: `${prefix}任务`, key: `${prefix}-total`, align: 'right', render: (_, row) => countsOf(row).total },
    ...TASK_STATUSES.map((status) => ({
      title: status.label,
      key: `${prefix}-${status.value}`,
      align: 'right' as const,
      render: (_: unknown, row: T) => {
        const value = countsOf(row)[status.value];
        return value > 0 && status.value !== 'done' && status.value !== 'on_track' ? (
          <Typography.Text style={{ color: status.color }} strong>
            {value}
          </Typography.Text>
        ) : (
          value
        );
      },
    })),
  ];
}

type PhaseRow = { listCode: string; phase: string; period: string; counts: Counts };
type UnitRow = { unitCode: string; unitName: string; asLead: Counts; asResponsible: Counts };

const PHASE_COLUMNS: TableColumnsType<PhaseRow> = [
  { title: '清单', dataIndex: 'listCode', width: 64 },
  { title: '实施阶段', dataIndex: 'phase' },
  { title: '时间', dataIndex: 'period' },
  ...countColumns<PhaseRow>('', (row) => row.counts),
];

const UNIT_COLUMNS: TableColumnsType<UnitRow> = [
  {
    title: '单位',
    dataIndex: 'unitName',
    fixed: 'left',
    width: 220,
    render: (name: string, row) => (
      <Link to={`/admin/reform-tasks/list?unit=${encodeURIComponent(row.unitCode)}`}>{name}</Link>
    ),
  },
  { title: '作为牵头单位', children: countColumns<UnitRow>('牵头', (row) => row.asLead) },
  { title: '作为责任单位', children: countColumns<UnitRow>('负责', (row) => row.asResponsible) },
];

/**
 * 重点任务看板 (000 附件1 §三 统筹调度): on a date, the tasks of 000 附件2 and 001 附件 per phase and per unit —
 * done, on track, at risk, late — as stacked bars and tables, with the .xlsx export. A unit's name opens its tasks.
 */
export default function TaskBoardPage() {
  const [date, setDate] = useState<string>();
  const [list, setList] = useState<ListCode>();
  const state = useApi(
    () => call(api.GET('/api/reform-tasks/board', { params: { query: { date, list } } })),
    [date, list],
  );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size={12}>
          <BoardFilters date={date} onDate={setDate} list={list} onList={setList} />
          <ExportButton
            request={() => api.GET('/api/reform-tasks.xlsx', { params: { query: { date, list } }, parseAs: 'blob' })}
            fileName="重点任务.xlsx"
          />
          <Link to="/admin/reform-tasks/bulletin">进度通报</Link>
        </Space>
      </Card>
      <AsyncContent state={state} isEmpty={(board) => board.totals.total === 0} loadingHeight={400}>
        {(board) => {
          const leadUnits = board.byUnit.filter((unit) => unit.asLead.total > 0);
          return (
            <>
              <Card
                size="small"
                title={`截至 ${board.asOf}`}
                extra={
                  <Typography.Text type="secondary">
                    距完成时间不超过 {board.atRiskWorkingDays} 个工作日仍未完成的为“临期”
                  </Typography.Text>
                }
              >
                <Row gutter={16}>
                  <Col xs={8} md={4}>
                    <Statistic title="任务总数" value={board.totals.total} />
                  </Col>
                  {TASK_STATUSES.map((status) => (
                    <Col xs={8} md={5} key={status.value}>
                      <Statistic
                        title={status.label}
                        value={board.totals[status.value]}
                        valueStyle={{ color: status.color }}
                      />
                    </Col>
                  ))}
                </Row>
              </Card>
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={12}>
                  <Card size="small" title="按实施阶段">
                    <Chart
                      option={stackedStatusOption(
                        board.byPhase.map((row) => ({ name: `${row.listCode} ${row.phase}`, counts: row.counts })),
                        { isHorizontal: true },
                      )}
                      height={Math.max(320, board.byPhase.length * 28 + 60)}
                      ariaLabel="各实施阶段任务推进状态堆叠条形图"
                    />
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  <Card size="small" title="按牵头单位">
                    <Chart
                      option={stackedStatusOption(
                        leadUnits.map((row) => ({ name: row.unitName, counts: row.asLead })),
                        { isHorizontal: true },
                      )}
                      height={Math.max(320, leadUnits.length * 28 + 60)}
                      ariaLabel="各牵头单位任务推进状态堆叠条形图"
                    />
                  </Card>
                </Col>
              </Row>
              <Card size="small">
                <Tabs
                  items={[
                    {
                      key: 'unit',
                      label: '按单位',
                      children: (
                        <Table
                          rowKey="unitCode"
                          size="small"
                          bordered
                          pagination={false}
                          columns={UNIT_COLUMNS}
                          dataSource={board.byUnit}
                          scroll={{ x: 980 }}
                        />
                      ),
                    },
                    {
                      key: 'phase',
                      label: '按实施阶段',
                      children: (
                        <Table
                          rowKey="phase"
                          size="small"
                          pagination={false}
                          columns={PHASE_COLUMNS}
                          dataSource={board.byPhase}
                          scroll={{ x: 800 }}
                        />
                      ),
                    },
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
