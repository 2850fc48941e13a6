import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Input, List, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { GradeTag } from '../../../components/grade-tag.tsx';
import { readUsccList } from './read-uscc-list.ts';
import { useSubmit } from '../../../components/use-submit.ts';

type Lookup = Schemas['ApplicantLookup'];
type Row = Schemas['ApplicantRow'];

const yesNo = (value: boolean | null, yes: string, no = '否') => (value === null ? '—' : value ? yes : no);

function RowDetails({ row }: { row: Row }) {
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'patents',
            label: '有效发明专利',
            children:
              row.inventionPatents.length === 0
                ? '无'
                : row.inventionPatents
                    .map((patent) => `${patent.number} ${patent.name}（${patent.legalStatus}）`)
                    .join('；'),
          },
          {
            key: 'abnormal',
            label: '经营异常名录',
            children:
              row.abnormalListings.length === 0
                ? '未列入'
                : row.abnormalListings.map((listing) => `${listing.listedOn ?? ''} ${listing.reason}`).join('；'),
          },
        ]}
      />
      {row.ipRecords.length > 0 && (
        <List
          size="small"
          header="公示期内的知识产权相关负面记录"
          dataSource={row.ipRecords}
          renderItem={(record) => (
            <List.Item>
              {record.kindLabel} {record.number ?? ''} {record.occurredOn ?? ''} · {record.summary} · {record.level}
              （公示至 {record.publicUntil ?? '移出为止'}）
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}

function LookupResult({ lookup }: { lookup: Lookup }) {
  return (
    <Card
      title={`查询结果（第 ${lookup.id} 次查询，基准日 ${lookup.asOf}）`}
      extra={
        <ExportButton
          request={() =>
            api.GET('/api/whitelist/applicant-lookups/{id}.xlsx', {
              params: { path: { id: lookup.id } },
              parseAs: 'blob',
            })
          }
          fileName={`申请企业查询结果-${lookup.id}.xlsx`}
        />
      }
    >
      <Space size={32} wrap style={{ marginBottom: 16 }}>
        <Statistic title="报送" value={lookup.submitted} suffix="行" />
        <Statistic title="查到" value={lookup.found} suffix="家" />
        <Statistic
          title="无法查询"
          value={lookup.rejected}
          suffix="行"
          valueStyle={lookup.rejected > 0 ? { color: '#cf1322' } : undefined}
        />
      </Space>
      <Table<Row>
        rowKey="row"
        size="small"
        dataSource={lookup.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1400 }}
        expandable={{
          expandedRowRender: (row) => <RowDetails row={row} />,
          rowExpandable: (row) => row.error === null,
        }}
        columns={[
          { title: '行号', dataIndex: 'row', width: 64 },
          {
            title: '报送内容',
            dataIndex: 'input',
            width: 200,
            render: (input: string, row) => (row.error ? input : (row.uscc ?? input)),
          },
          {
            title: '企业名称 / 无法查询的原因',
            dataIndex: 'name',
            width: 300,
            render: (name: string | null, row) =>
              row.error ? (
                <Typography.Text type="danger" role="alert">
                  {row.error}
                </Typography.Text>
              ) : (
                name
              ),
          },
          {
            title: '信用等级',
            dataIndex: 'grade',
            width: 110,
            render: (grade: string | null, row) =>
              row.error ? null : row.isGradeWithheld ? (
                <Tag>未授权查询</Tag>
              ) : (
                <GradeTag grade={grade} label={row.gradeLabel ?? undefined} />
              ),
          },
          { title: '有效发明专利', dataIndex: 'validInventionPatents', width: 110, align: 'right' },
          { title: '有效专利', dataIndex: 'validPatents', width: 90, align: 'right' },
          { title: '已质押专利', dataIndex: 'pledgedPatents', width: 100, align: 'right' },
          { title: '有效商标', dataIndex: 'validTrademarks', width: 90, align: 'right' },
          {
            title: '知识产权负面记录',
            key: 'ip',
            width: 130,
            render: (_value, row) =>
              row.error ? null : row.ipRecords.length > 0 ? <Tag color="red">{row.ipRecords.length} 条</Tag> : '无',
          },
          {
            title: '经营异常',
            dataIndex: 'isAbnormalOperation',
            width: 90,
            render: (value: boolean | null) => (value ? <Tag color="orange">在册</Tag> : yesNo(value, '在册')),
          },
          {
            title: '在白名单中',
            dataIndex: 'isOnWhitelist',
            width: 100,
            render: (value: boolean | null) => (value ? <Tag color="green">是</Tag> : yesNo(value, '是')),
          },
        ]}
      />
    </Card>
  );
}

/**
 * 申请人查询: a bank sends the USCCs of its loan applicants (pasted, or a .txt/.csv file) and gets each one's valid
 * patents, IP-related negative records, abnormal-operation status and whitelist status; rows that cannot be looked
 * up say why, by row, without stopping the others.
 */
export default function ApplicantsPage() {
  const [text, setText] = useState('');
  const { run, isBusy, error } = useSubmit();
  const [lookup, setLookup] = useState<Lookup>();
  const codes = useMemo(() => readUsccList(text), [text]);

  const submit = () =>
    run(async () => {
      setLookup(await call(api.POST('/api/whitelist/applicant-lookups', { body: { usccs: codes } })));
    });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="报送申请贷款的企业">
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            每行一个统一社会信用代码，或上传 .txt / .csv
            文件（每行一家，取其中的代码列）。向本机构申请贷款的企业均可查询依法公开的知识产权与信用信息；信用等级只对推送给本机构或经企业授权查询的企业提供。每次查询均留存并记入审计。
          </Typography.Text>
          <Input.TextArea
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={6}
            placeholder={'91420703MA4A0001XX\n91420703MA4A0002XX'}
            aria-label="统一社会信用代码列表"
            style={{ fontFamily: 'monospace' }}
          />
          <Space wrap>
            <Upload
              accept=".txt,.csv"
              showUploadList={false}
              beforeUpload={(file) => {
                void file.text().then((content) => setText(content));
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>上传名单文件</Button>
            </Upload>
            <Button type="primary" onClick={submit} loading={isBusy} disabled={codes.length === 0}>
              查询 {codes.length > 0 ? `${codes.length} 家` : ''}
            </Button>
            {error && (
              <Typography.Text type="danger" role="alert">
                {error}
              </Typography.Text>
            )}
          </Space>
        </Space>
      </Card>
      {lookup && lookup.rejected > 0 && (
        <Alert
          type="warning"
          showIcon
          message={`有 ${lookup.rejected} 行无法查询，原因见表中红字；其余各行已正常查询。`}
        />
      )}
      {lookup && <LookupResult lookup={lookup} />}
    </Space>
  );
}
