import { Alert, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { Schemas } from '../../../api/client.ts';

type Preview = Schemas['ImportPreview'];
type RowError = Preview['errors'][number];

/**
 * What the importer will make of a file, before anything is stored: the numbers, how each column maps onto a field,
 * every row error (row as Excel numbers it, column, reason), the warnings on rows that will be stored (e.g. the file's
 * 公示截止期 differing from the platform's) and the first rows with their problems highlighted and a 警告 column.
 */
export function ImportPreview({ preview }: { preview: Preview }) {
  const hasErrors = preview.errorCount > 0;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="import-preview">
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="文件">{preview.fileName}</Descriptions.Item>
        <Descriptions.Item label="报送单位">{preview.department.name}</Descriptions.Item>
        <Descriptions.Item label="记录类别">{preview.kind.label}</Descriptions.Item>
        <Descriptions.Item label="数据行">{preview.totalRows}</Descriptions.Item>
        <Descriptions.Item label="正确">
          <Typography.Text type="success">{preview.validRows}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="有错误">
          <Typography.Text type={preview.rejectedRows > 0 ? 'danger' : undefined} data-testid="rejected-rows">
            {preview.rejectedRows}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="警告">
          <Typography.Text type={preview.warningCount > 0 ? 'warning' : undefined} data-testid="warning-count">
            {preview.warningCount}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {preview.otherDepartments.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="other-departments"
          message="文件中有其他部门作出的决定"
          description={`${preview.otherDepartments.map((other) => `${other.name} ${other.rows} 行`).join('、')}：处罚机关（许可机关）不是本单位（${preview.department.name}）。入库后这些记录将记在本单位名下；请确认是否选错了文件，其他部门的决定应由该部门报送。`}
        />
      )}
      {preview.missingColumns.length > 0 && (
        <Alert
          type="error"
          showIcon
          message={`缺少必填列：${preview.missingColumns.join('、')}。请按国家标准表头补齐后重新上传，未读取任何数据行。`}
        />
      )}
      {!hasErrors && preview.totalRows > 0 && (
        <Alert type="success" showIcon message={`全部 ${preview.totalRows} 行校验通过，可以入库。`} />
      )}
      {hasErrors && (
        <Table<RowError>
          size="small"
          rowKey={(error, index) => `${error.row}-${error.column}-${index}`}
          title={() => (
            <Typography.Text type="danger">
              共 {preview.errorCount} 处错误
              {preview.errorCount > preview.errors.length
                ? `（列出前 ${preview.errors.length} 处，全部错误见入库后的拒收文件）`
                : ''}
            </Typography.Text>
          )}
          dataSource={preview.errors}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: '行', dataIndex: 'row', width: 70 },
            { title: '列', dataIndex: 'column', width: 260 },
            { title: '原因', dataIndex: 'reason' },
          ]}
          data-testid="import-errors"
        />
      )}
      {preview.warningCount > 0 && (
        <Table<RowError>
          size="small"
          rowKey={(warning, index) => `${warning.row}-${warning.column}-${index}`}
          title={() => (
            <Typography.Text type="warning">
              共 {preview.warningCount} 处警告（这些行可以入库，请核对）
              {preview.warningCount > preview.warnings.length ? `，列出前 ${preview.warnings.length} 处` : ''}
            </Typography.Text>
          )}
          dataSource={preview.warnings}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: '行', dataIndex: 'row', width: 70 },
            { title: '列', dataIndex: 'column', width: 260 },
            { title: '警告', dataIndex: 'reason' },
          ]}
          data-testid="import-warnings"
        />
      )}
      <div>
        <Typography.Text strong>表头对应</Typography.Text>
        <div style={{ marginTop: 8, display: 'flex', flexWrap: 'wrap', gap: 6 }}>
          {preview.columns
            .filter((column) => column.column !== '')
            .map((column, index) => (
              <Tag
                key={`${column.column}-${index}`}
                color={column.field ? (column.field.required ? 'blue' : 'default') : 'red'}
                title={column.field ? `字段：${column.field.label}` : '不是此类记录的字段，该列数据无法入库'}
              >
                {column.column}
                {column.field ? '' : '（未识别）'}
              </Tag>
            ))}
        </div>
      </div>
      {preview.sample.length > 0 && (
        <Table
          size="small"
          title={() => `前 ${preview.sample.length} 行`}
          rowKey="row"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={preview.sample}
          rowClassName={(row) => (row.errors.length > 0 ? 'import-row-error' : '')}
          onRow={(row) => ({ style: row.errors.length > 0 ? { background: '#fff1f0' } : undefined })}
          columns={[
            { title: '行', dataIndex: 'row', fixed: 'left', width: 56 },
            {
              title: '警告',
              key: 'warnings',
              fixed: 'left',
              width: 72,
              render: (_: unknown, row: Preview['sample'][number]) =>
                row.warnings.length > 0 ? (
                  <Tag
                    color="warning"
                    title={row.warnings.map((warning) => `${warning.column}：${warning.reason}`).join('\n')}
                  >
                    警告 {row.warnings.length}
                  </Tag>
                ) : null,
            },
            ...preview.columns.map((column, index) => ({
              title: column.column,
              key: `c${index}`,
              render: (_: unknown, row: Preview['sample'][number]) => {
                const value = row.cells[index] ?? '';
                const isBad = row.errors.some((error) => error.column === column.column);
                return (
                  <span
                    style={{
                      whiteSpace: 'nowrap',
                      color: isBad ? '#cf1322' : undefined,
                      fontWeight: isBad ? 600 : undefined,
                    }}
                  >
                    {value}
                  </span>
                );
              },
            })),
          ]}
        />
      )}
    </Space>
  );
}
