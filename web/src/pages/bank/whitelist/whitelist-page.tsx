import { Alert, Card, Descriptions, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';

type Entry = Schemas['WhitelistEntry'];
type Generation = Schemas['WhitelistGeneration'];

function GenerationSummary({ generation }: { generation: Generation | null | undefined }) {
  if (generation === undefined) return null;
  if (generation === null)
    return (
      <Alert
        type="info"
        showIcon
        message="尚未向本机构推送知识产权质押融资白名单"
        description="白名单按月生成；订阅名单推送后，入选企业会出现在这里。"
      />
    );
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3 }}
      items={[
        { key: 'id', label: '名单期次', children: `第 ${generation.id} 期` },
        { key: 'asOf', label: '名单基准日', children: generation.asOf },
        { key: 'trigger', label: '生成方式', children: generation.triggerLabel },
        { key: 'model', label: '评价模型', children: generation.modelName ?? '—' },
        { key: 'listed', label: '全区入选企业', children: `${generation.listed} 家` },
        {
          key: 'rules',
          label: '规则摘要',
          children: <Typography.Text code>{generation.rulesDigest.slice(0, 12)}</Typography.Text>,
        },
      ]}
    />
  );
}

/**
 * 推送名单: the current IP-pledge whitelist pushed to this bank (000 §二(七) 双向推送; 001 §二(六) high grades first),
 * with each enterprise's grade and valid patents, searchable by name or code (kept in the address); exported as .xlsx;
 * a row leads to reporting a loan to it.
 */
export default function WhitelistPage() {
  const [generation, setGeneration] = useState<Generation | null>();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {/* The title wraps instead of being cut: on a phone the export button left it 知识产权质押融资白名单…. */}
      <Card
        title="知识产权质押融资白名单（现行一期）"
        styles={{ title: { whiteSpace: 'normal' } }}
        extra={
          <ExportButton
            request={() => api.GET('/api/whitelist.xlsx', { parseAs: 'blob' })}
            fileName="知识产权质押融资白名单.xlsx"
          />
        }
      >
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <GenerationSummary generation={generation} />
          <Typography.Text type="secondary">
            入选条件：拥有有效发明专利、信用等级达标、无公示期内严重失信等排除记录；A
            级企业标为优先推介。本机构只看到推送给本机构、尚未撤回的企业。
          </Typography.Text>
          <Input.Search
            placeholder="企业名称关键词或统一社会信用代码"
            defaultValue={q}
            allowClear
            enterButton="查询"
            style={{ width: 420, maxWidth: '100%' }}
            onSearch={(value) => setSearchParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
            aria-label="在白名单中查找企业"
          />
          <PagedTable<Entry>
            rowKey="uscc"
            filters={[q]}
            emptyText={q ? `本期名单中没有名称或代码含“${q}”的企业` : '本期名单中没有推送给本机构的企业'}
            load={async ({ limit, offset }) => {
              const page = await call(
                api.GET('/api/whitelist', { params: { query: { q: q || undefined, limit, offset } } }),
              );
              setGeneration(page.generation);
              return page;
            }}
            // Fits the card at 1280 px; narrower windows scroll inside the card, phones get one card per enterprise.
            scrollX={880}
            renderCard={(row) => (
              <div style={{ width: '100%' }} data-card="whitelist-entry">
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
                  <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {row.rank}. {row.name}
                  </Typography.Text>
                  <GradeTag grade={row.grade} />
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 13, display: 'block' }}>
                  {row.uscc} · 有效发明专利 {row.validInventionPatents} 件 · 有效专利 {row.validPatents} 件
                </Typography.Text>
                <Space size={12}>
                  {row.isPriority && <Tag color="gold">优先推介</Tag>}
                  <Link to={`/bank/loans?uscc=${row.uscc}`}>报送贷款</Link>
                </Space>
              </div>
            )}
            columns={[
              { title: '次序', dataIndex: 'rank', width: 64 },
              {
                title: '企业名称',
                dataIndex: 'name',
                ellipsis: true,
                render: (name: string, row) => (
                  <span title={name}>
                    {row.isPriority && (
                      <Tag color="gold" style={{ marginInlineEnd: 4 }}>
                        优先推介
                      </Tag>
                    )}
                    {name}
                  </span>
                ),
              },
              {
                title: '统一社会信用代码',
                dataIndex: 'uscc',
                width: 200,
                render: (uscc: string) => <Typography.Text copyable>{uscc}</Typography.Text>,
              },
              {
                title: '信用等级',
                dataIndex: 'grade',
                width: 88,
                render: (grade: string) => <GradeTag grade={grade} />,
              },
              { title: '评价基准日', dataIndex: 'evaluatedOn', width: 110 },
              { title: '有效发明专利', dataIndex: 'validInventionPatents', width: 110, align: 'right' },
              { title: '有效专利', dataIndex: 'validPatents', width: 88, align: 'right' },
              {
                title: '操作',
                key: 'actions',
                width: 96,
                render: (_value, row) => <Link to={`/bank/loans?uscc=${row.uscc}`}>报送贷款</Link>,
              },
            ]}
          />
        </Space>
      </Card>
    </Space>
  );
}
