import { Button, Card, Descriptions, Popconfirm, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { formatDateTime } from '../../../components/district-time.ts';
import { useSubmit } from '../../../components/use-submit.ts';

type Entry = Schemas['WhitelistEntry'];
type Generation = Schemas['WhitelistGeneration'];
type Loan = Schemas['Loan'];
type Stats = Schemas['WhitelistConversionStats'];

const wan = (value: number) => `${value.toLocaleString('zh-CN')} 万元`;
const rate = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`);

/** Generate a list now and push it to the banks (administrators); the outcome is shown under the button. */
function GenerateButton({ onGenerated }: { onGenerated: () => void }) {
  const { run, isBusy, error } = useSubmit();
  const [outcome, setOutcome] = useState<string>();
  const generate = () =>
    run(async () => {
      const result = await call(api.POST('/api/whitelist/generations', { body: {} }));
      setOutcome(
        `已生成第 ${result.generation.id} 期：入选 ${result.generation.listed} 家；${result.pushes.map((push) => `${push.recipient} 新增 ${push.added}、撤回 ${push.withdrawn}`).join('；') || '无推送对象'}`,
      );
      onGenerated();
    });
  return (
    <Space direction="vertical">
      <Popconfirm
        title="立即生成一期白名单？"
        description="按现行规则与当前信用等级生成并推送给金融机构；不再入选的企业从各机构名单中撤回。"
        okText="生成"
        cancelText="取消"
        onConfirm={generate}
      >
        <Button type="primary" loading={isBusy}>
          立即生成并推送
        </Button>
      </Popconfirm>
      {outcome && <Typography.Text type="success">{outcome}</Typography.Text>}
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The current list: how it was made, and its enterprises in order. */
function CurrentList({ isAdmin }: { isAdmin: boolean }) {
  const [reloadKey, setReloadKey] = useState(0);
  const [generation, setGeneration] = useState<Generation | null>();
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {generation && (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
          <Descriptions.Item label="期次">
            第 {generation.id} 期（{generation.triggerLabel}）
          </Descriptions.Item>
          <Descriptions.Item label="基准日">{generation.asOf}</Descriptions.Item>
          <Descriptions.Item label="评价模型">{generation.modelName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="入选 / 候选">
            {generation.listed} / {generation.candidates} 家
          </Descriptions.Item>
          <Descriptions.Item label="未入选原因">
            等级不达标 {generation.excludedByGrade}，排除记录 {generation.excludedByRecords}，未评价{' '}
            {generation.ungraded}
          </Descriptions.Item>
          <Descriptions.Item label="推送">
            {generation.recipients.map((recipient) => recipient.displayName).join('、') || '—'}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Space wrap>
        {isAdmin && <GenerateButton onGenerated={() => setReloadKey((value) => value + 1)} />}
        <ExportButton
          request={() => api.GET('/api/whitelist.xlsx', { parseAs: 'blob' })}
          fileName="知识产权质押融资白名单.xlsx"
        />
      </Space>
      <PagedTable<Entry>
        rowKey="uscc"
        size="small"
        filters={[reloadKey]}
        scrollX={900}
        emptyText={
          generation === null ? `尚未生成白名单${isAdmin ? '，可点击“立即生成并推送”' : ''}` : '本期没有入选企业'
        }
        load={async ({ limit, offset }) => {
          const page = await call(api.GET('/api/whitelist', { params: { query: { limit, offset } } }));
          setGeneration(page.generation);
          return page;
        }}
        columns={[
          { title: '次序', dataIndex: 'rank', width: 70 },
          {
            title: '企业',
            dataIndex: 'name',
            render: (name: string, row) => <Link to={`/admin/enterprises/${row.uscc}`}>{name}</Link>,
          },
          { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
          { title: '信用等级', dataIndex: 'grade', width: 90, render: (grade: string) => <GradeTag grade={grade} /> },
          // Two decimals as on every other page (91 beside 91.75 read as a different scale).
          { title: '得分', dataIndex: 'score', width: 80, render: (score: number) => score.toFixed(2) },
          { title: '有效发明专利', dataIndex: 'validInventionPatents', width: 110 },
          { title: '有效专利', dataIndex: 'validPatents', width: 90 },
          {
            title: '优先推介',
            dataIndex: 'isPriority',
            width: 90,
            render: (value: boolean) => (value ? <Tag color="gold">优先</Tag> : '—'),
          },
        ]}
      />
    </Space>
  );
}

function Generations() {
  const state = useApi(() => call(api.GET('/api/whitelist/generations')), []);
  return (
    <AsyncContent state={state}>
      {(data) => (
        <Table<Generation>
          rowKey="id"
          size="small"
          dataSource={data.items}
          pagination={{ pageSize: 12, showSizeChanger: false }}
          scroll={{ x: 1000 }}
          columns={[
            { title: '期次', dataIndex: 'id', width: 70 },
            { title: '基准日', dataIndex: 'asOf', width: 110 },
            {
              title: '生成方式',
              dataIndex: 'triggerLabel',
              width: 110,
              render: (label: string, row) => `${label}（${row.triggeredByName}）`,
            },
            { title: '入选 / 候选', width: 110, render: (_, row) => `${row.listed} / ${row.candidates}` },
            {
              title: '规则摘要',
              dataIndex: 'rulesDigest',
              width: 130,
              render: (digest: string) => <Typography.Text code>{digest.slice(0, 10)}…</Typography.Text>,
            },
            {
              title: '推送',
              dataIndex: 'recipients',
              render: (recipients: Generation['recipients']) =>
                recipients
                  .map((recipient) => `${recipient.displayName} +${recipient.added}/−${recipient.withdrawn}`)
                  .join('；') || '—',
            },
            { title: '生成时间', dataIndex: 'createdAt', width: 150, render: formatDateTime },
          ]}
        />
      )}
    </AsyncContent>
  );
}

function Loans() {
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <ExportButton request={() => api.GET('/api/loans.xlsx', { parseAs: 'blob' })} fileName="贷款报送.xlsx" />
      <PagedTable<Loan>
        rowKey="id"
        size="small"
        scrollX={1000}
        emptyText="金融机构尚未报送贷款"
        load={({ limit, offset }) => call(api.GET('/api/loans', { params: { query: { limit, offset } } }))}
        columns={[
          { title: '金融机构', dataIndex: 'bankName', width: 150 },
          {
            title: '企业',
            dataIndex: 'enterpriseName',
            render: (name: string, row) => <Link to={`/admin/enterprises/${row.uscc}`}>{name}</Link>,
          },
          { title: '金额', dataIndex: 'amountWan', width: 110, render: wan },
          { title: '放款日期', dataIndex: 'grantedOn', width: 110 },
          { title: '期限', dataIndex: 'termMonths', width: 80, render: (months: number) => `${months} 个月` },
          {
            title: '放款时在白名单',
            dataIndex: 'isOnWhitelist',
            width: 120,
            render: (value: boolean) => (value ? <Tag color="green">是</Tag> : '否'),
          },
          { title: '状态', dataIndex: 'statusLabel', width: 90 },
        ]}
      />
    </Space>
  );
}

function ConversionStats() {
  const state = useApi(() => call(api.GET('/api/whitelist/stats')), []);
  return (
    <AsyncContent state={state} isEmpty={(data) => data.generations.length === 0 && data.months.length === 0}>
      {(data: Stats) => {
        const totals = data.generations.filter((row) => row.bank === null);
        const latest = totals[0];
        return (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Space size={48} wrap>
              <Statistic title="最近一期入选企业" value={latest?.listed ?? 0} suffix="家" />
              <Statistic title="其中获得贷款" value={latest?.enterprisesWithLoan ?? 0} suffix="家" />
              <Statistic title="转化率" value={rate(latest?.conversionRate ?? null)} />
              <Statistic title="贷款金额" value={latest?.amountWan ?? 0} suffix="万元" />
              <ExportButton
                request={() => api.GET('/api/whitelist/stats.xlsx', { parseAs: 'blob' })}
                fileName="白名单转化统计.xlsx"
              />
            </Space>
            <Table
              rowKey={(row) => `${row.generationId}-${row.bank ?? 'all'}`}
              size="small"
              title={() => '按名单期次'}
              dataSource={data.generations}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              columns={[
                { title: '期次', dataIndex: 'generationId', width: 70 },
                { title: '基准日', dataIndex: 'asOf', width: 110 },
                { title: '金融机构', dataIndex: 'bankName', render: (name: string | null) => name ?? '全部机构' },
                { title: '入选', dataIndex: 'listed', width: 80 },
                { title: '获贷企业', dataIndex: 'enterprisesWithLoan', width: 90 },
                { title: '贷款笔数', dataIndex: 'loans', width: 90 },
                { title: '金额', dataIndex: 'amountWan', width: 120, render: wan },
                { title: '转化率', dataIndex: 'conversionRate', width: 90, render: rate },
              ]}
            />
            <Table
              rowKey={(row) => `${row.month}-${row.bank ?? 'all'}`}
              size="small"
              title={() => '按月份'}
              dataSource={data.months}
              pagination={{ pageSize: 12, showSizeChanger: false }}
              columns={[
                { title: '月份', dataIndex: 'month', width: 90 },
                { title: '金融机构', dataIndex: 'bankName', render: (name: string | null) => name ?? '全部机构' },
                { title: '贷款笔数', dataIndex: 'loans', width: 90 },
                { title: '获贷企业', dataIndex: 'enterprises', width: 90 },
                { title: '金额', dataIndex: 'amountWan', width: 120, render: wan },
                { title: '其中白名单企业贷款', dataIndex: 'listedLoans', width: 150 },
                { title: '白名单企业金额', dataIndex: 'listedAmountWan', width: 130, render: wan },
              ]}
            />
          </Space>
        );
      }}
    </AsyncContent>
  );
}

/** 融资白名单: the current IP-pledge whitelist, its generations, the banks' loans and the conversion. */
export default function WhitelistPage() {
  const { user } = useSession();
  const readsLoans = user?.role === 'admin' || user?.role === 'reviewer';
  return (
    <Card>
      {/* A narrow gutter keeps all four tabs on a 390 px phone: antd's overflow menu puts a button inside the tab list,
          which screen readers cannot read as a tab. */}
      <Tabs
        tabBarGutter={16}
        items={[
          { key: 'list', label: '现行名单', children: <CurrentList isAdmin={user?.role === 'admin'} /> },
          { key: 'generations', label: '各期生成记录', children: <Generations /> },
          ...(readsLoans
            ? [
                { key: 'loans', label: '贷款报送', children: <Loans /> },
                { key: 'stats', label: '转化统计', children: <ConversionStats /> },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
