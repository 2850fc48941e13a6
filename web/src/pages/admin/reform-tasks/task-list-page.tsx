import { Card, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { TaskDeadline } from './task-deadline.tsx';
import { BoardFilters, type ListCode } from './task-filters.tsx';
import { progressLabelOf, TASK_STATUSES, taskStatusOf, unitNames, type TaskStatus } from './task-terms.ts';

type Task = Schemas['ReformTask'];

const COLUMNS: TableColumnsType<Task> = [
  {
    title: '编号',
    dataIndex: 'code',
    width: 84,
    fixed: 'left',
    render: (code: string) => <Link to={`/admin/reform-tasks/list/${code}`}>{code}</Link>,
  },
  { title: '实施阶段', dataIndex: 'phase', width: 100 },
  {
    title: '任务',
    key: 'task',
    render: (_, task) => (
      <Space direction="vertical" size={0}>
        <Link to={`/admin/reform-tasks/list/${task.code}`}>{task.mainTask}</Link>
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2, tooltip: task.text }}
          style={{ marginBottom: 0, fontSize: 12 }}
        >
          {task.text}
        </Typography.Paragraph>
      </Space>
    ),
  },
  { title: '牵头单位', key: 'lead', width: 110, render: (_, task) => unitNames(task.lead) || task.leadText },
  {
    title: '责任单位',
    key: 'responsible',
    width: 170,
    render: (_, task) => (
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: task.responsibleText }} style={{ marginBottom: 0 }}>
        {unitNames(task.responsible, task.responsibleOthers) || task.responsibleText}
      </Typography.Paragraph>
    ),
  },
  { title: '完成时间', key: 'deadline', width: 130, render: (_, task) => <TaskDeadline task={task} /> },
  {
    title: '状态',
    dataIndex: 'status',
    width: 80,
    render: (status: string) => <Tag color={taskStatusOf(status).tag}>{taskStatusOf(status).label}</Tag>,
  },
  {
    title: '最新报送',
    key: 'latest',
    width: 130,
    render: (_, task) =>
      task.latestReport ? (
        <Space direction="vertical" size={0}>
          <span>
            {progressLabelOf(task.latestReport.status)}
            {task.latestReport.percent !== null ? ` ${task.latestReport.percent}%` : ''}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {task.latestReport.reportedOn} · 共 {task.reportCount} 次
          </Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="secondary">尚未报送</Typography.Text>
      ),
  },
];

/**
 * 任务清单: every task of 000 附件2 and 001 附件 with its units, deadline, standing and latest report; filter
 * by phase, unit (the board's unit links set it) and status.
 */
export default function TaskListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [date, setDate] = useState<string>();
  const [list, setList] = useState<ListCode>();
  const [phase, setPhase] = useState<string>();
  const [status, setStatus] = useState<TaskStatus>();
  const unit = searchParams.get('unit') ?? undefined;
  const state = useApi(() => call(api.GET('/api/reform-tasks', { params: { query: { date, list } } })), [date, list]);
  const tasks = state.data?.items ?? [];

  const phases = useMemo(
    () => [...new Set(tasks.map((task) => task.phase))].map((name) => ({ value: name, label: name })),
    [tasks],
  );
  const units = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const task of tasks) for (const item of [...task.lead, ...task.responsible]) byCode.set(item.code, item.name);
    return [...byCode]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  }, [tasks]);
  const shown = tasks.filter(
    (task) =>
      (!phase || task.phase === phase) &&
      (!status || task.status === status) &&
      (!unit || [...task.lead, ...task.responsible].some((item) => item.code === unit)),
  );

  return (
    <Card>
      <Space wrap size={12} style={{ marginBottom: 16 }}>
        <BoardFilters date={date} onDate={setDate} list={list} onList={setList} />
        <Select
          allowClear
          placeholder="实施阶段"
          style={{ width: 150 }}
          options={phases}
          value={phase}
          onChange={setPhase}
          aria-label="实施阶段"
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="牵头或责任单位"
          style={{ width: 200 }}
          options={units}
          value={unit}
          onChange={(value?: string) => setSearchParams(value ? { unit: value } : {}, { replace: true })}
          aria-label="单位"
        />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 120 }}
          options={TASK_STATUSES.map(({ value, label }) => ({ value, label }))}
          value={status}
          onChange={setStatus}
          aria-label="状态"
        />
        <ExportButton
          request={() => api.GET('/api/reform-tasks.xlsx', { params: { query: { date, list } }, parseAs: 'blob' })}
          fileName="重点任务.xlsx"
        />
      </Space>
      <ErrorAlert error={state.error} onRetry={state.reload} />
      <Table<Task>
        rowKey="code"
        size="small"
        columns={COLUMNS}
        dataSource={shown}
        loading={state.isLoading}
        scroll={{ x: 960 }}
        pagination={{ pageSize: 20, showTotal: (total) => `共 ${total} 项` }}
        title={() => (state.data ? <Typography.Text type="secondary">截至 {state.data.asOf}</Typography.Text> : null)}
      />
    </Card>
  );
}
