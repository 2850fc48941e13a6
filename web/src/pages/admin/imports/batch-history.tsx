import { Space, Tag, Typography } from 'antd';
import { api, call, type Schemas } from '../../../api/client.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { formatDateTime } from '../../../components/district-time.ts';

type Batch = Schemas['ImportBatch'];

const STATUS: Record<string, { label: string; color: string }> = {
  committed: { label: '已入库', color: 'green' },
  rejected: { label: '整批拒收', color: 'red' },
  open: { label: '进行中', color: 'blue' },
  interrupted: { label: '中断', color: 'orange' },
};
const FORMATS: Record<string, string> = {
  api: '接口推送',
  demo: '演示数据',
  xlsx: 'Excel',
  csv: 'CSV',
  json: 'JSON',
  ndjson: 'JSON',
};

/** 导入批次记录: every batch, newest first (a department operator sees its own department's), with its rejection file. */
export function BatchHistory({ reloadKey }: { reloadKey: number }) {
  return (
    <PagedTable<Batch>
      rowKey="id"
      filters={[reloadKey]}
      pageSize={10}
      // Fits the card at 1280 px (the file name takes what is left); narrower windows scroll inside the card.
      scrollX={900}
      load={({ limit, offset }) => call(api.GET('/api/imports/batches', { params: { query: { limit, offset } } }))}
      expandable={{
        rowExpandable: (batch) => Boolean(batch.errorSummary || batch.warningSummary),
        expandedRowRender: (batch) => (
          <Space direction="vertical">
            {batch.errorSummary && <Typography.Text type="danger">{batch.errorSummary}</Typography.Text>}
            {batch.warningSummary && (
              <Typography.Text type="warning" style={{ whiteSpace: 'pre-line' }}>
                {`警告 ${batch.warningCount} 处：\n${batch.warningSummary}`}
              </Typography.Text>
            )}
          </Space>
        ),
      }}
      columns={[
        // Two characters of heading need 64 px with the cell's padding: narrower, 批次 and 警告 break into one per line.
        { title: '批次', dataIndex: 'id', width: 68 },
        {
          title: '文件',
          dataIndex: 'fileName',
          render: (fileName: string, batch) => (
            <Space direction="vertical" size={0} style={{ maxWidth: '100%' }}>
              <Typography.Text style={{ wordBreak: 'break-all' }}>{fileName}</Typography.Text>
              <Typography.Text type="secondary">
                {batch.kindLabel} · {FORMATS[batch.format] ?? batch.format}
              </Typography.Text>
            </Space>
          ),
        },
        { title: '报送单位', dataIndex: 'departmentName', width: 110 },
        {
          title: '状态',
          dataIndex: 'status',
          width: 84,
          render: (status: string) => <Tag color={STATUS[status]?.color}>{STATUS[status]?.label ?? status}</Tag>,
        },
        {
          title: '行数',
          key: 'rows',
          width: 150,
          render: (_: unknown, batch) => (
            <Space direction="vertical" size={0}>
              <span>共 {batch.totalRows} 行</span>
              <Typography.Text type="secondary">
                新增 {batch.createdRows} · 更新 {batch.updatedRows} · 未变 {batch.unchangedRows} · 拒收{' '}
                {batch.rejectedRows}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: '警告',
          dataIndex: 'warningCount',
          width: 68,
          render: (count: number) =>
            count > 0 ? <Tag color="warning">{count}</Tag> : <Typography.Text type="secondary">—</Typography.Text>,
        },
        {
          title: '操作人与时间',
          dataIndex: 'startedAt',
          width: 160,
          render: (value: string, batch) => (
            <Space direction="vertical" size={0}>
              <span>{batch.operatorName}</span>
              <Typography.Text type="secondary">{formatDateTime(value)}</Typography.Text>
            </Space>
          ),
        },
        {
          title: '拒收文件',
          key: 'rejections',
          width: 88,
          render: (_: unknown, batch) =>
            batch.hasRejectionFile ? (
              <ExportButton
                type="link"
                fileName={`${batch.fileName}.拒收`}
                request={() =>
                  api.GET('/api/imports/batches/{id}/rejections', {
                    params: { path: { id: batch.id } },
                    parseAs: 'blob',
                  })
                }
              >
                下载
              </ExportButton>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
      ]}
    />
  );
}
