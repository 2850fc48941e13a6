import { Alert, Card, Input, Space, Table, Typography } from 'antd';
import { type ComponentProps, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';

type NoDisturb = Schemas['NoDisturbEnterprise'];
type ClassDisagreement = Schemas['RiskClassDisagreement'];

const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** Sampling ratio and frequency per SAMR risk class (catalog/supervision.yaml). */
function RiskClasses() {
  const state = useApi(() => call(api.GET('/api/supervision/classes')), []);
  return (
    <AsyncContent state={state} isEmpty={(data) => data.classes.length === 0}>
      {(data) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {data.isLocalExample && (
            <Alert type="warning" showIcon message="以下比例与频次为他地公开示例，尚待本区正式确定。" />
          )}
          <Table
            rowKey="class"
            size="small"
            pagination={false}
            // On a phone the table scrolls inside its card instead of reading one character a line.
            scroll={{ x: 640 }}
            dataSource={data.classes}
            columns={[
              {
                title: '风险分类',
                dataIndex: 'class',
                width: 140,
                render: (value: string, row) => `${value} 类（${row.label}）`,
              },
              {
                title: '抽查比例区间',
                width: 150,
                render: (_, row) => `${percent(row.ratio.min)}–${percent(row.ratio.max)}`,
              },
              { title: '默认比例', width: 100, render: (_, row) => percent(row.ratio.default) },
              { title: '检查频次', dataIndex: 'checksPerYear' },
              {
                title: '每年最多检查',
                dataIndex: 'maxChecksPerYear',
                width: 120,
                render: (value: number | null) => (value === null ? '不限' : `${value} 次`),
              },
            ]}
          />
          <Typography.Text type="secondary">
            自 {data.effectiveFrom} 起；依据 {data.referenceText}
            。市场监管部门的抽查按其作出的企业信用风险分类，尚无分类的企业按平台信用等级对应的分类；其他部门按平台信用等级对应的分类（依据{' '}
            {data.riskClassSource.referenceText}）。未评价的企业按 {data.unratedClass} 类监管。“免打扰”：当前等级为{' '}
            {data.noDisturb.grades.join('、')}
            {data.noDisturb.noActiveNegativeRecords ? '、无有效负面记录' : ''}
            {data.noDisturb.noOpenObjection ? '、无未办结异议' : ''}
            {data.noDisturb.noOpenRepair ? '、无未办结修复申请' : ''}（依据 {data.noDisturb.referenceText}）。
          </Typography.Text>
        </Space>
      )}
    </AsyncContent>
  );
}

/** Enterprises whose SAMR class differs from their platform grade's class, both with their dates, and the export. */
/** A list's filter box (name or code; clearing it shows everything again) and its Excel export. */
function SearchAndExport({
  label,
  onSearch,
  request,
  fileName,
}: {
  label: string;
  onSearch: (text: string) => void;
  request: ComponentProps<typeof ExportButton>['request'];
  fileName: string;
}) {
  return (
    <Space wrap>
      <Input.Search
        placeholder="企业名称或代码"
        allowClear
        onSearch={onSearch}
        onChange={(event) => !event.target.value && onSearch('')}
        style={{ width: 220 }}
        aria-label={label}
      />
      <ExportButton request={request} fileName={fileName} />
    </Space>
  );
}

function ClassDisagreements() {
  const list = useApi(() => call(api.GET('/api/supervision/class-disagreements')), []);
  const [text, setText] = useState('');
  const shown = useMemo(
    () =>
      (list.data?.items ?? []).filter(
        (item) => !text || item.name.includes(text) || item.uscc.includes(text.toUpperCase()),
      ),
    [list.data, text],
  );
  return (
    <Card
      title={`市场监管风险分类与平台信用等级不一致的企业${list.data ? `（${list.data.items.length.toLocaleString('zh-CN')} 家）` : ''}`}
      extra={
        <SearchAndExport
          label="筛选分类不一致的企业"
          onSearch={setText}
          request={() => api.GET('/api/supervision/class-disagreements.xlsx', { parseAs: 'blob' })}
          fileName="风险分类与信用等级不一致的企业.xlsx"
        />
      }
    >
      <AsyncContent
        state={list}
        empty={
          <Typography.Text type="secondary">
            市场监管风险分类与平台信用等级均一致，或尚未导入市场监管风险分类
          </Typography.Text>
        }
      >
        {() => (
          <Table<ClassDisagreement>
            rowKey="uscc"
            size="small"
            dataSource={shown}
            scroll={{ x: 900 }}
            pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => `共 ${total} 家` }}
            columns={[
              {
                title: '企业名称',
                dataIndex: 'name',
                render: (name: string, row) => <Link to={`/admin/enterprises/${row.uscc}`}>{name}</Link>,
              },
              { title: '统一社会信用代码', dataIndex: 'uscc', width: 200 },
              {
                title: '市场监管风险分类',
                dataIndex: 'samrClass',
                width: 230,
                render: (value: string, row) => (
                  <Space direction="vertical" size={0}>
                    {`${value} 类`}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.samrClassifiedOn ?? '—'}
                      {row.samrAuthority ? ` ${row.samrAuthority}` : ''}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: '平台信用等级',
                dataIndex: 'grade',
                width: 150,
                render: (grade: string, row) => (
                  <Space direction="vertical" size={0}>
                    <Space size={4}>
                      <GradeTag grade={grade} />
                      {`对应 ${row.gradeClass} 类`}
                    </Space>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.gradeAsOf ? `评价基准日 ${row.gradeAsOf}` : '—'}
                    </Typography.Text>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </AsyncContent>
    </Card>
  );
}

/** 分级监管: the risk classes, the 免打扰 list with its export, and where SAMR's classes and the grades disagree. */
export default function SupervisionPage() {
  const list = useApi(() => call(api.GET('/api/supervision/no-disturb')), []);
  const [text, setText] = useState('');
  const shown = useMemo(
    () =>
      (list.data?.items ?? []).filter(
        (item) => !text || item.name.includes(text) || item.uscc.includes(text.toUpperCase()),
      ),
    [list.data, text],
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="分级分类监管：各风险分类的抽查比例与频次">
        <RiskClasses />
      </Card>
      <Card
        title={`“免打扰”企业名单${list.data ? `（${list.data.items.length.toLocaleString('zh-CN')} 家）` : ''}`}
        extra={
          <SearchAndExport
            label="筛选免打扰名单"
            onSearch={setText}
            request={() => api.GET('/api/supervision/no-disturb.xlsx', { parseAs: 'blob' })}
            fileName="免打扰名单.xlsx"
          />
        }
      >
        <AsyncContent
          state={list}
          empty={<Typography.Text type="secondary">暂无符合“免打扰”条件的企业</Typography.Text>}
        >
          {() => (
            <Table<NoDisturb>
              rowKey="uscc"
              size="small"
              dataSource={shown}
              scroll={{ x: 720 }}
              pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => `共 ${total} 家` }}
              columns={[
                {
                  title: '企业名称',
                  dataIndex: 'name',
                  render: (name: string, row) => <Link to={`/admin/enterprises/${row.uscc}`}>{name}</Link>,
                },
                { title: '统一社会信用代码', dataIndex: 'uscc', width: 200 },
                {
                  title: '行业',
                  dataIndex: 'industryLabel',
                  width: 180,
                  render: (label: string | null, row) => label ?? row.industryCode ?? '—',
                },
                {
                  title: '信用等级',
                  dataIndex: 'grade',
                  width: 100,
                  render: (grade: string | null) => <GradeTag grade={grade} />,
                },
                { title: '风险分类', dataIndex: 'riskClass', width: 100, render: (value: string) => `${value} 类` },
              ]}
            />
          )}
        </AsyncContent>
      </Card>
      <ClassDisagreements />
    </Space>
  );
}
