import { Descriptions, Input, Segmented, Space, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { t } from '../../../locales/zh-CN.ts';

type Grade = Schemas['PublicGrade'];
type PublicRecord = Schemas['PublicRecord'];
type RecordKind = 'administrative_license' | 'administrative_penalty';

const KIND_OPTIONS: Array<{ label: string; value: RecordKind | 'all' }> = [
  { label: '全部', value: 'all' },
  { label: '行政许可', value: 'administrative_license' },
  { label: '行政处罚', value: 'administrative_penalty' },
];

function GradeResults({ q }: { q: string }) {
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        公布每家已评价企业的现行信用等级与评价基准日，不公布分数与记录明细（华容政办函〔2025〕6号第二部分第（四）项：经营主体对公布的信用评价结果有异议的，可申请复评）。
      </Typography.Text>
      <PagedTable<Grade>
        rowKey="uscc"
        filters={[q]}
        emptyText={q ? `没有名称或代码含“${q}”的已评价企业` : undefined}
        load={({ limit, offset }) =>
          call(api.GET('/api/public/grades', { params: { query: { q: q || undefined, limit, offset } } }))
        }
        scrollX={640}
        renderCard={(row) => (
          <div style={{ width: '100%' }} data-card="grade">
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
              <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {row.name}
              </Typography.Text>
              <GradeTag grade={row.grade} label={row.gradeLabel} />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {row.uscc} · 评价基准日 {row.evaluatedOn}
            </Typography.Text>
          </div>
        )}
        columns={[
          { title: '企业名称', dataIndex: 'name' },
          {
            title: '统一社会信用代码',
            dataIndex: 'uscc',
            width: 220,
            render: (uscc: string) => <Typography.Text copyable>{uscc}</Typography.Text>,
          },
          {
            title: '信用等级',
            dataIndex: 'grade',
            width: 120,
            render: (grade: string, row) => <GradeTag grade={grade} label={row.gradeLabel} />,
          },
          { title: '评价基准日', dataIndex: 'evaluatedOn', width: 120 },
        ]}
      />
    </Space>
  );
}

function DoublePublicity({
  q,
  kind,
  onKindChange,
}: {
  q: string;
  kind: RecordKind | 'all';
  onKindChange: (kind: RecordKind | 'all') => void;
}) {
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap>
        <Segmented<RecordKind | 'all'>
          options={KIND_OPTIONS}
          value={kind}
          onChange={onKindChange}
          aria-label="记录类别"
        />
        <Typography.Text type="secondary">
          有效期内的行政许可、公示期内的行政处罚；已修复、已撤销、公示期满的不再公示。
        </Typography.Text>
      </Space>
      <PagedTable<PublicRecord>
        rowKey="id"
        filters={[q, kind]}
        emptyText={q ? `没有名称或代码含“${q}”的企业的公示信息` : undefined}
        load={({ limit, offset }) =>
          call(
            api.GET('/api/public/records', {
              params: { query: { q: q || undefined, kind: kind === 'all' ? undefined : kind, limit, offset } },
            }),
          )
        }
        scrollX={900}
        expandable={{
          expandedRowRender: (row) => (
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              bordered
              items={row.details.map((detail) => ({ key: detail.label, label: detail.label, children: detail.value }))}
            />
          ),
        }}
        columns={[
          { title: '类别', dataIndex: 'kindLabel', width: 90 },
          { title: '企业名称', dataIndex: 'enterpriseName', width: 200 },
          { title: '决定文书号', dataIndex: 'decisionNumber', width: 200 },
          {
            title: '内容',
            dataIndex: 'summary',
            render: (summary: string | null, row) => [row.category, summary].filter(Boolean).join(' · '),
          },
          { title: '决定日期', dataIndex: 'decidedOn', width: 110 },
          { title: '决定机关', dataIndex: 'authority', width: 180 },
          {
            title: '公示截止',
            dataIndex: 'publicUntil',
            width: 110,
            render: (until: string | null) => until ?? '长期',
          },
        ]}
      />
    </Space>
  );
}

/** 信用公示: search an enterprise; its published grade, and the 双公示 licences and penalties (004 §(五)). */
export default function DisclosurePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const tab = searchParams.get('tab') === 'records' ? 'records' : 'grades';
  const kind = (KIND_OPTIONS.find((option) => option.value === searchParams.get('kind'))?.value ?? 'all') as
    | RecordKind
    | 'all';
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearchParams(next, { replace: true });
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Input.Search
        placeholder={t('public.searchPlaceholder')}
        defaultValue={q}
        allowClear
        enterButton="查询"
        style={{ maxWidth: 560 }}
        aria-label="查询企业信用"
        onSearch={(value) => update({ q: value.trim() || undefined })}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'records' ? 'records' : undefined })}
        items={[
          { key: 'grades', label: '信用评价结果', children: <GradeResults q={q} /> },
          {
            key: 'records',
            label: '行政许可与行政处罚',
            children: (
              <DoublePublicity
                q={q}
                kind={kind}
                onKindChange={(value) => update({ kind: value === 'all' ? undefined : value })}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
