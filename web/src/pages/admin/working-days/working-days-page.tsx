import { Alert, Button, Card, Input, Space, Table, Tag, Typography, Upload, message } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { formatDateTime } from '../../../components/district-time.ts';
import { useSubmit } from '../../../components/use-submit.ts';

type HolidayYear = Schemas['HolidayYear'];
type Loaded = {
  year: number;
  reference: string;
  referenceText: string;
  holidayDays: number;
  workdays: number;
  isReplacement: boolean;
  recomputed: Array<{ subjectType: string; id: number; previousDueOn: string; dueOn: string }>;
};

const SUBJECT_LABELS: Record<string, string> = {
  objection: '异议申请',
  repair_application: '信用修复申请',
  request: '诉求',
};

/** Loading a year's arrangement (admins): paste or pick the file, see every problem with its row and field, or the result. */
function LoadYear({ onLoaded }: { onLoaded: () => void }) {
  const [text, setText] = useState('');
  const { run, isBusy, error } = useSubmit();
  const [loaded, setLoaded] = useState<Loaded>();
  const submit = () =>
    run(async () => {
      setLoaded(undefined);
      const result = await call(api.POST('/api/working-days/years', { body: { text } }));
      setLoaded(result);
      message.success(`已载入 ${result.year} 年节假日安排`);
      onLoaded();
    });
  return (
    <Card size="small" title="载入年度安排">
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          国务院办公厅公布次年部分节假日安排后，按输入框中示例的格式（YAML 或
          JSON）填写全年的放假日和调休上班日，选择文件或粘贴内容后载入。载入后，受影响的办理期限会重新计算并通知相关方。
        </Typography.Text>
        <Upload
          accept=".yaml,.yml,.json"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then(setText);
            return false;
          }}
        >
          <Button>选择文件</Button>
        </Upload>
        <Input.TextArea
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={10}
          placeholder={
            'year: 2027\nreference: 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔…〕…号）\nholidays:\n  - { name: 元旦， from: …, to: … }\nworkdays: [ … ]'
          }
          aria-label="安排文件内容"
        />
        <Button type="primary" onClick={submit} loading={isBusy} disabled={!text.trim()}>
          检查并载入
        </Button>
        {error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            message="未载入"
            description={error.split(';').map((line) => <div key={line}>{line}</div>)}
          />
        )}
        {loaded && (
          <Alert
            type="success"
            showIcon
            message={`已载入 ${loaded.year} 年（${loaded.referenceText}）：放假 ${loaded.holidayDays} 天，调休上班 ${loaded.workdays} 天${loaded.isReplacement ? '，替换了此前的该年安排' : ''}`}
            description={
              loaded.recomputed.length === 0
                ? '没有需要调整的办理期限。'
                : loaded.recomputed.map((item) => (
                    <div
                      key={`${item.subjectType}-${item.id}`}
                    >{`${SUBJECT_LABELS[item.subjectType] ?? item.subjectType}（编号 ${item.id}）：${item.previousDueOn} → ${item.dueOn}`}</div>
                  ))
            }
          />
        )}
      </Space>
    </Card>
  );
}

/**
 * 节假日安排: the years the working-day deadlines are counted on, who loaded each and when, and where the
 * calendar ends; admins load the next year here.
 */
export default function WorkingDaysPage() {
  const { user } = useSession();
  const state = useApi(() => call(api.GET('/api/working-days/years')), []);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <AsyncContent state={state} isEmpty={() => false}>
        {(data) => (
          <Card size="small" title={`已载入的年度（日历覆盖至 ${data.lastCoveredDay ?? '—'}）`}>
            <Typography.Paragraph type="secondary">
              落在未载入年度的工作日期限只按周末推算，并注明“按现行节假日安排推算，待次年安排公布后更新”。
            </Typography.Paragraph>
            <Table<HolidayYear>
              rowKey="year"
              size="small"
              pagination={false}
              // The widths fit 1280 px; on a phone the table scrolls inside its card instead of one character a line.
              scroll={{ x: 900 }}
              dataSource={[...data.years].reverse()}
              columns={[
                { title: '年份', dataIndex: 'year', width: 80 },
                {
                  title: '依据',
                  dataIndex: 'referenceText',
                  render: (referenceText: string, row) => (
                    <>
                      {referenceText}
                      {!row.isConfirmed && (
                        <Tag color="orange" style={{ marginInlineStart: 8 }}>
                          未核实
                        </Tag>
                      )}
                    </>
                  ),
                },
                {
                  title: '放假',
                  width: 280,
                  render: (_, row) =>
                    row.holidays
                      .map(
                        (holiday) =>
                          `${holiday.name} ${holiday.from.slice(5)}~${holiday.to.slice(5)}（${holiday.days} 天）`,
                      )
                      .join('；'),
                },
                {
                  title: '调休上班',
                  width: 200,
                  render: (_, row) => row.workdays.map((day) => day.slice(5)).join('、') || '—',
                },
                {
                  title: '载入',
                  width: 200,
                  render: (_, row) =>
                    row.source === 'catalog'
                      ? '随系统目录写入'
                      : `${row.loadedByName}，${formatDateTime(row.loadedAt)}`,
                },
              ]}
            />
          </Card>
        )}
      </AsyncContent>
      {user?.role === 'admin' && <LoadYear onLoaded={state.reload} />}
    </Space>
  );
}
