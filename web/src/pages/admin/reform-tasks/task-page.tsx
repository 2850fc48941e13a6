import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, call, download, type Schemas, messageOf } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { TaskDeadline } from './task-deadline.tsx';
import { TaskReportForm } from './task-report-form.tsx';
import { progressLabelOf, taskStatusOf, unitNames } from './task-terms.ts';

type Report = Schemas['ReformTaskReport'];

/** The evidence of a report, each file downloaded through the task. */
function Evidence({ code, report }: { code: string; report: Report }) {
  const [error, setError] = useState<string>();
  if (report.attachments.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      {report.attachments.map((sha256, index) => (
        <Button
          key={sha256}
          type="link"
          size="small"
          icon={<DownloadOutlined />}
          style={{ paddingInline: 0 }}
          onClick={() =>
            download(
              api.GET('/api/reform-tasks/{code}/evidence/{sha256}', {
                params: { path: { code, sha256 } },
                parseAs: 'blob',
              }),
              `佐证材料-${sha256.slice(0, 12)}`,
            ).catch((failure: unknown) => setError(messageOf(failure)))
          }
        >
          材料 {index + 1}
        </Button>
      ))}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}

/**
 * 任务详情: the task as the list of the policy documents writes it, its standing, every unit's reports (newest first,
 * never edited) with their evidence, and the report form for the units and the administrator.
 */
export default function TaskPage() {
  const code = useParams().code ?? '';
  const { user } = useSession();
  const state = useApi(() => call(api.GET('/api/reform-tasks/{code}', { params: { path: { code } } })), [code]);
  const canReport = user?.role === 'admin' || user?.role === 'department_operator';

  return (
    <AsyncContent state={state}>
      {(task) => {
        const unitName = (unitCode: string) =>
          [...task.lead, ...task.responsible].find((unit) => unit.code === unitCode)?.name ?? unitCode;
        const reportColumns: TableColumnsType<Report> = [
          {
            title: '单位与日期',
            key: 'unit',
            width: 170,
            render: (_, report) => (
              <Space direction="vertical" size={0}>
                <span>{unitName(report.unitCode)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {report.reportedOn} · {report.reportedByName ?? report.reportedBy}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: '进展',
            key: 'status',
            width: 100,
            render: (_, report) =>
              `${progressLabelOf(report.status)}${report.percent !== null ? ` ${report.percent}%` : ''}`,
          },
          {
            title: '推进情况',
            dataIndex: 'text',
            render: (text: string) => (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{text}</Typography.Paragraph>
            ),
          },
          {
            title: '佐证材料',
            key: 'evidence',
            width: 96,
            render: (_, report) => <Evidence code={task.code} report={report} />,
          },
        ];
        const status = taskStatusOf(task.status);
        return (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={canReport ? 15 : 24}>
              <Space direction="vertical" size={16} style={{ width: '100%' }}>
                <Card title={`${task.code} ${task.mainTask}`} extra={<Tag color={status.tag}>{status.label}</Tag>}>
                  <Descriptions column={1} size="small" bordered labelStyle={{ width: 110, whiteSpace: 'nowrap' }}>
                    <Descriptions.Item label="实施阶段">{task.phase}</Descriptions.Item>
                    <Descriptions.Item label="序号">
                      {task.listCode} 清单第 {task.sequence} 项（{task.clauseText}）
                    </Descriptions.Item>
                    <Descriptions.Item label="细化任务">
                      <Typography.Paragraph style={{ marginBottom: 0 }}>{task.text}</Typography.Paragraph>
                    </Descriptions.Item>
                    <Descriptions.Item label="牵头单位">{task.leadText}</Descriptions.Item>
                    <Descriptions.Item label="责任单位">{task.responsibleText}</Descriptions.Item>
                    <Descriptions.Item label="完成时间">
                      <TaskDeadline task={task} />
                    </Descriptions.Item>
                    <Descriptions.Item label="完成日期">{task.completedOn ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label="可报送的单位">
                      {unitNames(
                        [...task.lead, ...task.responsible].filter(
                          (unit, index, all) => all.findIndex((other) => other.code === unit.code) === index,
                        ),
                      )}
                      {task.responsibleOthers.length > 0 && (
                        <Typography.Text type="secondary">
                          （“{task.responsibleOthers.join('、')}”为集合称谓，不对应具体部门）
                        </Typography.Text>
                      )}
                    </Descriptions.Item>
                  </Descriptions>
                </Card>
                <Card title={`报送记录（${task.reports.length}）`}>
                  <Table<Report>
                    rowKey="id"
                    size="small"
                    columns={reportColumns}
                    dataSource={task.reports}
                    pagination={task.reports.length > 10 ? { pageSize: 10 } : false}
                    scroll={{ x: 560 }}
                    locale={{ emptyText: '尚未报送' }}
                  />
                </Card>
              </Space>
            </Col>
            {canReport && (
              <Col xs={24} xl={9}>
                <Card title="报送推进情况">
                  <TaskReportForm task={task} onReported={state.reload} />
                </Card>
              </Col>
            )}
          </Row>
        );
      }}
    </AsyncContent>
  );
}
