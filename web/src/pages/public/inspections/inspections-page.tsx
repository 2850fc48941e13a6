import { Input, Space, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { PagedTable } from '../../../components/paged-table.tsx';
import { t } from '../../../locales/zh-CN.ts';

type Inspection = Schemas['PublicInspection'];

/** The outcome as a tag: green when nothing was found, orange when a problem was, grey otherwise. */
function OutcomeTag({ outcome }: { outcome: string | null }) {
  if (!outcome) return null;
  const color = outcome === '未发现问题' ? 'green' : outcome.startsWith('发现问题') ? 'orange' : 'default';
  return <Tag color={color}>{outcome}</Tag>;
}

/** 抽查结果: 双随机、一公开 (004 §(七)(八)), the results of random inspections, searchable and paged. */
export default function InspectionsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开。此处公开各部门报送的抽查检查结果，以及本平台抽查计划公示的结果。
      </Typography.Paragraph>
      <Input.Search
        placeholder={t('public.searchPlaceholder')}
        defaultValue={q}
        allowClear
        enterButton="查询"
        style={{ maxWidth: 560 }}
        aria-label="查询抽查结果"
        onSearch={(value) => setSearchParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
      />
      <PagedTable<Inspection>
        rowKey="id"
        filters={[q]}
        emptyText={q ? `没有名称或代码含“${q}”的企业的抽查结果` : '暂无公示的抽查结果'}
        load={({ limit, offset }) =>
          call(api.GET('/api/public/inspections', { params: { query: { q: q || undefined, limit, offset } } }))
        }
        scrollX={900}
        columns={[
          { title: '企业名称', dataIndex: 'enterpriseName', width: 220 },
          { title: '统一社会信用代码', dataIndex: 'uscc', width: 200 },
          { title: '抽查计划', dataIndex: 'planTitle' },
          {
            title: '检查结果',
            dataIndex: 'outcome',
            width: 200,
            render: (outcome: string | null) => <OutcomeTag outcome={outcome} />,
          },
          { title: '检查日期', dataIndex: 'inspectedOn', width: 110 },
          { title: '检查机关', dataIndex: 'authority', width: 200 },
        ]}
      />
    </Space>
  );
}
