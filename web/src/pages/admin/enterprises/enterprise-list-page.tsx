import { Input, Space, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';

type Enterprise = Schemas['EnterpriseListItem'];

/** 企业库: search the registry by name or USCC (prefix), paged by the server; a row opens the enterprise page. */
export default function EnterpriseListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Input.Search
        placeholder="企业名称关键词或统一社会信用代码"
        defaultValue={q}
        allowClear
        enterButton="查询"
        style={{ maxWidth: 520 }}
        onSearch={(value) => setSearchParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
        aria-label="查询企业"
      />
      <PagedTable<Enterprise>
        rowKey="uscc"
        filters={[q]}
        emptyText={q ? `没有名称或代码含“${q}”的企业` : undefined}
        load={({ limit, offset }) =>
          call(api.GET('/api/enterprises', { params: { query: { q: q || undefined, limit, offset } } }))
        }
        columns={[
          {
            title: '企业名称',
            dataIndex: 'name',
            render: (name: string, row) => <Link to={`/admin/enterprises/${row.uscc}`}>{name}</Link>,
          },
          {
            title: '统一社会信用代码',
            dataIndex: 'uscc',
            render: (uscc: string) => <Typography.Text copyable>{uscc}</Typography.Text>,
          },
          {
            title: '信用等级',
            dataIndex: 'grade',
            width: 100,
            render: (grade: string | null) => <GradeTag grade={grade} />,
          },
          { title: '行业', dataIndex: 'industryCode', width: 90 },
          { title: '登记状态', dataIndex: 'status', width: 100 },
        ]}
      />
    </Space>
  );
}
