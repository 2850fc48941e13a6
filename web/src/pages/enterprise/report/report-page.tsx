import { PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Descriptions, Flex, List, Space, Tag, Typography } from 'antd';
import type { Schemas } from '../../../api/client.ts';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { colorOfGrade } from '../../../components/grade-colors.ts';
import { TouchSized } from '../shared/touch-sized.tsx';

type Report = Schemas['CreditReport'];
type ReportRecord = Report['categories'][number]['records'][number];

/** Marks that call for the enterprise's attention (negative information, under objection, leaving publicity soon). */
const MARK_COLORS: Record<string, string> = {
  异议中: 'purple',
  可申请修复: 'blue',
  即将期满: 'orange',
  已修复: 'green',
  已撤销: 'default',
  公示期满: 'default',
};

function RecordLine({ record }: { record: ReportRecord }) {
  return (
    <List.Item style={{ paddingInline: 0, display: 'block' }}>
      <Flex justify="space-between" gap={8}>
        <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {record.kindLabel}
          {record.number ? ` · ${record.number}` : ''}
        </Typography.Text>
        {record.isNegative && <Tag color="red">负面信息</Tag>}
      </Flex>
      {record.summary && (
        <Typography.Paragraph style={{ margin: '2px 0', fontSize: 13, overflowWrap: 'anywhere' }}>
          {record.summary}
        </Typography.Paragraph>
      )}
      <Space size={4} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {record.department} · {record.occurredOn ?? '日期不详'} · {record.status}
        </Typography.Text>
        {record.marks.map((mark) => (
          <Tag key={mark} color={MARK_COLORS[mark] ?? 'default'}>
            {mark}
          </Tag>
        ))}
      </Space>
      {record.effect && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {record.effect}
        </Typography.Text>
      )}
    </List.Item>
  );
}

function Bullets({ title, lines }: { title: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
        {lines.map((line) => (
          <li key={line} style={{ overflowWrap: 'anywhere' }}>
            {line}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * 信用报告: the enterprise's full credit report as the platform issues it — every visit issues a numbered
 * report with a verification code (recorded in the audit trail) — with the PDF to download and a printable version.
 */
export default function ReportPage() {
  const { user } = useSession();
  const uscc = user?.uscc ?? '';
  const state = useApi(
    () => call(api.GET('/api/enterprises/{uscc}/report', { params: { path: { uscc } } })) as Promise<Report>,
    [uscc],
  );
  return (
    <TouchSized>
      <AsyncContent state={state} loadingHeight={320}>
        {(report) => (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Card size="small">
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {report.title}
              </Typography.Title>
              <Flex gap={12} align="center" style={{ marginBottom: 12 }}>
                <div
                  style={{
                    width: 56,
                    height: 56,
                    borderRadius: 10,
                    background: colorOfGrade(report.evaluation.grade),
                    color: '#fff',
                    fontSize: 30,
                    fontWeight: 700,
                    display: 'flex',
                    alignItems: 'center',
                    justifyContent: 'center',
                    flexShrink: 0,
                  }}
                >
                  {report.evaluation.grade}
                </div>
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong style={{ display: 'block' }}>
                    {report.evaluation.gradeLabel} · {report.evaluation.score} / {report.evaluation.scoreMax} 分
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    市场监管信用风险分类：{report.evaluation.samr.label}
                  </Typography.Text>
                </div>
              </Flex>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'name', label: '企业名称', children: report.enterprise.name },
                  { key: 'uscc', label: '统一社会信用代码', children: report.enterprise.uscc },
                  {
                    key: 'number',
                    label: '报告编号',
                    children: <span data-testid="report-number">{report.number}</span>,
                  },
                  { key: 'issued', label: '签发日期', children: report.issuedOn },
                  { key: 'asOf', label: '评价基准日', children: report.evaluation.asOf },
                  { key: 'code', label: '验证码', children: report.verification.code },
                ]}
              />
              <Flex gap={8} wrap style={{ marginTop: 8 }}>
                <ExportButton
                  type="primary"
                  request={() =>
                    api.GET('/api/enterprises/{uscc}/report', {
                      params: { path: { uscc }, query: { format: 'pdf' } },
                      parseAs: 'blob',
                    })
                  }
                  fileName="企业信用报告.pdf"
                >
                  下载 PDF
                </ExportButton>
                <Button
                  icon={<PrinterOutlined />}
                  href={`/api/enterprises/${encodeURIComponent(uscc)}/report?format=html`}
                  target="_blank"
                  rel="noopener"
                >
                  打印版
                </Button>
                <Button
                  icon={<SafetyCertificateOutlined />}
                  href={report.verification.path}
                  target="_blank"
                  rel="noopener"
                >
                  核验本报告
                </Button>
              </Flex>
            </Card>

            <Card size="small" title="信用状况描述">
              <Typography.Paragraph style={{ marginBottom: 4 }}>{report.description.summary}</Typography.Paragraph>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 13 }}>
                {report.description.dimensions}
              </Typography.Paragraph>
              <Bullets title="加分事项" lines={report.description.raised} />
              <Bullets title="扣分事项" lines={report.description.lowered} />
              <Bullets title="否决事项" lines={report.description.vetoes} />
              <Bullets title="即将期满的公示信息" lines={report.description.leavingPublicity} />
              <Bullets title="信用提升建议" lines={report.description.advice} />
            </Card>

            <Card size="small" title="信用信息">
              <Collapse
                items={[
                  ...report.categories.map((category) => ({
                    key: category.category,
                    label: `${category.category}（${category.records.length}）`,
                    children: (
                      <List
                        size="small"
                        dataSource={category.records}
                        renderItem={(record) => <RecordLine key={record.id} record={record} />}
                      />
                    ),
                  })),
                  ...(report.inactiveRecords.length > 0
                    ? [
                        {
                          key: 'inactive',
                          label: `已修复、已撤销或公示期满（${report.inactiveRecords.length}）`,
                          children: (
                            <List
                              size="small"
                              dataSource={report.inactiveRecords}
                              renderItem={(record) => <RecordLine key={record.id} record={record} />}
                            />
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </Card>

            <Card size="small" title="说明">
              {[report.notes.objection, report.notes.repair, report.notes.use, report.notes.verification].map(
                (note) => (
                  <Typography.Paragraph key={note} type="secondary" style={{ fontSize: 13 }}>
                    {note}
                  </Typography.Paragraph>
                ),
              )}
            </Card>
          </Space>
        )}
      </AsyncContent>
    </TouchSized>
  );
}
