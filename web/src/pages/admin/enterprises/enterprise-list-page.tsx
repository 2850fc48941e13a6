import { Input, Select, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { useUrlFilters } from '../../../components/use-url-filters.ts';

type Enterprise = Schemas['EnterpriseListItem'];

const GRADE_OPTIONS = [
  { value: 'A', label: 'A 级' },
  { value: 'B', label: 'B 级' },
  { value: 'C', label: 'C 级' },
  { value: 'D', label: 'D 级' },
  { value: 'none', label: '尚未评价' },
];

/**
 * 企业库: search the registry by name or USCC (prefix) and narrow it by grade, industry, tier and 信用画像 tag (as of
 * the last refresh, counts in the options), paged by the server;
 * the search and filters live in the address (a link or a reload shows the same list). A row opens the enterprise.
 */
export default function EnterpriseListPage() {
  const [{ q, grade, industry, tier, tag }, setFilter] = useUrlFilters(['q', 'grade', 'industry', 'tier', 'tag']);
  const industries = useApi(() => call(api.GET('/api/catalog/industries')), []);
  const tiers = useApi(() => call(api.GET('/api/catalog/tiers')), []);
  const profileTags = useApi(() => call(api.GET('/api/profile-tags')), []);
  const isFiltered = Boolean(q || grade || industry || tier || tag);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap size={[12, 12]}>
        <Input.Search
          placeholder="企业名称关键词或统一社会信用代码"
          defaultValue={q}
          allowClear
          enterButton="查询"
          style={{ width: 420, maxWidth: '100%' }}
          onSearch={(value) => setFilter('q', value.trim())}
          aria-label="查询企业"
        />
        <Select
          placeholder="信用等级"
          aria-label="按信用等级筛选"
          allowClear
          style={{ width: 140 }}
          value={grade || undefined}
          options={GRADE_OPTIONS}
          onChange={(value?: string) => setFilter('grade', value)}
        />
        <Select
          placeholder="行业"
          aria-label="按行业筛选"
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 260, maxWidth: '100%' }}
          value={industry || undefined}
          loading={industries.isLoading}
          options={(industries.data?.items ?? []).map((section) => ({
            label: section.label,
            title: section.label,
            options: [
              { value: section.code, label: `${section.label}（全部）` },
              ...section.divisions.map((division) => ({ value: division.code, label: division.label })),
            ],
          }))}
          onChange={(value?: string) => setFilter('industry', value)}
        />
        <Select
          placeholder="科创层级"
          aria-label="按科创层级筛选"
          allowClear
          style={{ width: 220, maxWidth: '100%' }}
          value={tier || undefined}
          loading={tiers.isLoading}
          options={(tiers.data?.items ?? []).map((item) => ({ value: item.code, label: item.label }))}
          onChange={(value?: string) => setFilter('tier', value)}
        />
        <Select
          placeholder="信用画像标签"
          aria-label="按信用画像标签筛选"
          allowClear
          style={{ width: 200, maxWidth: '100%' }}
          value={tag || undefined}
          loading={profileTags.isLoading}
          options={(profileTags.data?.items ?? []).map((item) => ({
            value: item.code,
            label: `${item.name}（${item.enterpriseCount}）`,
            title: item.explanation,
          }))}
          onChange={(value?: string) => setFilter('tag', value)}
        />
      </Space>
      <PagedTable<Enterprise>
        rowKey="uscc"
        filters={[q, grade, industry, tier, tag]}
        emptyText={isFiltered ? '没有符合查询和筛选条件的企业' : undefined}
        load={({ limit, offset }) =>
          call(
            api.GET('/api/enterprises', {
              params: {
                query: {
                  q: q || undefined,
                  grade: grade || undefined,
                  industry: industry || undefined,
                  tier: tier || undefined,
                  tag: tag || undefined,
                  limit,
                  offset,
                },
              },
            }),
          )
        }
        renderCard={(row) => (
          <div style={{ width: '100%' }} data-card="enterprise">
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
              <Link to={`/admin/enterprises/${row.uscc}`} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {row.name}
              </Link>
              <GradeTag grade={row.grade} />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {row.uscc} · {row.industryLabel ?? '行业未登记'} · {row.status}
            </Typography.Text>
          </div>
        )}
        columns={[
          {
            title: '企业名称',
            dataIndex: 'name',
            ellipsis: true,
            render: (name: string, row) => (
              <Link to={`/admin/enterprises/${row.uscc}`} title={name}>
                {name}
              </Link>
            ),
          },
          {
            title: '统一社会信用代码',
            dataIndex: 'uscc',
            width: 210,
            render: (uscc: string) => <Typography.Text copyable>{uscc}</Typography.Text>,
          },
          {
            title: '信用等级',
            dataIndex: 'grade',
            width: 100,
            render: (value: string | null) => <GradeTag grade={value} />,
          },
          {
            title: '行业',
            dataIndex: 'industryLabel',
            width: 180,
            ellipsis: true,
            render: (label: string | null) => label ?? '—',
          },
          {
            title: '科创层级',
            dataIndex: 'tierLabels',
            width: 200,
            render: (labels: string[]) =>
              labels.length > 0 ? labels.map((label) => <Tag key={label}>{label}</Tag>) : '—',
          },
          { title: '登记状态', dataIndex: 'status', width: 100 },
        ]}
      />
    </Space>
  );
}
