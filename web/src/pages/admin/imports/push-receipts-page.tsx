import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { formatDateTime } from '../../../components/district-time.ts';
import { PagedTable } from '../../../components/paged-table.tsx';

type ReceiptSummary = Schemas['PushReceiptSummary'];
type ReceiptRow = Schemas['PushReceipt']['rows'][number];

const STATUS_COLORS: Record<ReceiptRow['status'], string> = { accepted: 'green', duplicate: 'blue', refused: 'red' };

/** Every row of one receipt: the record and version it became, or the field and reason it was refused for. */
function ReceiptRows({ departmentCode, receiptId }: { departmentCode: string; receiptId: number }) {
  const receipt = useApi(
    () =>
      call(
        api.GET('/api/v1/departments/{code}/receipts/{id}', {
          params: { path: { code: departmentCode, id: receiptId } },
        }),
      ),
    [departmentCode, receiptId],
  );
  return (
    <AsyncContent state={receipt}>
      {(data) => (
        <Table<ReceiptRow>
          size="small"
          rowKey="row"
          pagination={data.rows.length > 20 ? { pageSize: 20 } : false}
          dataSource={data.rows}
          columns={[
            { title: '行', dataIndex: 'row', width: 56 },
            { title: '幂等键', dataIndex: 'idempotencyKey', width: 180 },
            { title: '类别', dataIndex: 'kindLabel', width: 120, render: (label: string | null) => label ?? '—' },
            {
              title: '结果',
              dataIndex: 'status',
              width: 150,
              render: (status: ReceiptRow['status'], row) => <Tag color={STATUS_COLORS[status]}>{row.statusLabel}</Tag>,
            },
            {
              title: '记录或原因',
              key: 'detail',
              render: (_: unknown, row) =>
                row.status === 'refused' ? (
                  // The reason names the row and the field itself.
                  <Typography.Text type="danger">{row.reason}</Typography.Text>
                ) : (
                  <Space direction="vertical" size={0}>
                    {row.recordId !== null && (
                      <span>
                        记录 {row.recordId} 第 {row.recordVersion} 版{row.outcomeLabel ? `（${row.outcomeLabel}）` : ''}
                      </span>
                    )}
                    {row.reason && <Typography.Text type="secondary">{row.reason}</Typography.Text>}
                  </Space>
                ),
            },
          ]}
        />
      )}
    </AsyncContent>
  );
}

/**
 * 接口报送回执: what the department's systems pushed over the push API (docs/integration.md) and what the platform
 * made of each row — accepted with its record and version, or refused with the field and the reason — the reverse of
 * the receipts 向上共享 gets from the province.
 */
export default function PushReceiptsPage() {
  const { user } = useSession();
  const departmentCode = user?.departmentCode;
  if (!departmentCode) return <Alert type="info" showIcon message="仅数据报送单位的账号可查看本部门的接口报送回执" />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message="部门业务系统以 API 令牌调用报送接口（POST /api/v1/departments/{部门代码}/records），每条记录带幂等键；每次报送的回执在此保存，可随时查看哪些记录已入库、哪些未接收及原因。"
      />
      <Card title="报送回执">
        <PagedTable<ReceiptSummary>
          rowKey="receiptId"
          filters={[departmentCode]}
          scrollX={800}
          emptyText="本部门尚未通过接口报送记录"
          load={({ limit, offset }) =>
            call(
              api.GET('/api/v1/departments/{code}/receipts', {
                params: { path: { code: departmentCode }, query: { limit, offset } },
              }),
            )
          }
          expandable={{
            expandedRowRender: (receipt) => (
              <ReceiptRows departmentCode={departmentCode} receiptId={receipt.receiptId} />
            ),
          }}
          columns={[
            { title: '回执编号', dataIndex: 'receiptId', width: 90 },
            {
              title: '报送时间',
              dataIndex: 'receivedAt',
              width: 170,
              render: (value: string) => formatDateTime(value),
            },
            { title: '报送人', dataIndex: 'operatorName' },
            { title: '条数', dataIndex: 'totalRows', width: 70 },
            { title: '已接收', dataIndex: 'accepted', width: 80 },
            { title: '此前已接收', dataIndex: 'duplicates', width: 100 },
            {
              title: '未接收',
              dataIndex: 'refused',
              width: 80,
              render: (value: number) => (value > 0 ? <Typography.Text type="danger">{value}</Typography.Text> : value),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
