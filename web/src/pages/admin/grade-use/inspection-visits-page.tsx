import { Alert, Button, Card, DatePicker, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas, messageOf } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import type { paths } from '../../../api/schema';
import { AsyncContent } from '../../../components/async-content.tsx';
import { districtToday } from '../../../components/district-time.ts';

type Visit = Schemas['InspectionVisit'];
type Outcome = paths['/api/inspection-visits/{id}/result']['post']['requestBody']['content']['application/json']['outcome'];

/** The outcomes an inspector chooses from (the API's closed list, INSPECTION_OUTCOMES). */
const OUTCOMES: Outcome[] = ['未发现问题', '发现问题已责令改正', '发现问题待后续处理', '通过登记的住所(经营场所)无法联系', '未发现开展本次抽查涉及的经营活动'];

/** An inspector records the result of a visit drawn for them. */
function ResultForm({ visit, onDone, onCancel }: { visit: Visit; onDone: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<{ outcome: Outcome; findings?: string; inspectedOn: Dayjs }>();
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const save = async () => {
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      await call(api.POST('/api/inspection-visits/{id}/result', { params: { path: { id: visit.id } }, body: { outcome: values.outcome, findings: values.findings?.trim() || undefined, inspectedOn: values.inspectedOn.format('YYYY-MM-DD') } }));
      onDone();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal open title={`录入检查结果:${visit.name}`} okText="保存" cancelText="取消" confirmLoading={isSaving} onOk={save} onCancel={onCancel} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ inspectedOn: dayjs(districtToday()) }}>
        <Form.Item name="outcome" label="检查结果" rules={[{ required: true, message: '请选择检查结果' }]}>
          <Select options={OUTCOMES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name="findings" label="检查情况">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="inspectedOn" label="检查日期" rules={[{ required: true, message: '请选择检查日期' }]}>
          <DatePicker />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}

/** 检查任务 (issue #7 §3): the visits drawn for the inspector (all visits for the administrator), and their results. */
export default function InspectionVisitsPage() {
  const { user } = useSession();
  const state = useApi(() => call(api.GET('/api/inspection-visits')), []);
  const [recording, setRecording] = useState<Visit>();
  const isInspector = user?.role === 'inspector';
  return (
    <Card>
      <AsyncContent state={state} empty={<Typography.Text type="secondary">{isInspector ? '暂无分配给您的检查任务' : '暂无检查任务'}</Typography.Text>}>
        {(data) => (
          <Table<Visit>
            rowKey="id"
            size="small"
            dataSource={data.items}
            scroll={{ x: 1000 }}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              { title: '抽查计划', dataIndex: 'planTitle', width: 200, render: (title: string, row) => (isInspector ? title : <Link to={`/admin/grade-use/inspections/${row.planId}`}>{title}</Link>) },
              { title: '企业', dataIndex: 'name' },
              { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
              { title: '风险分类', dataIndex: 'riskClass', width: 90, render: (value: string) => `${value} 类` },
              { title: '检查人员', dataIndex: 'inspectors', width: 150, render: (names: string[]) => names.join('、') },
              { title: '检查结果', dataIndex: 'outcome', width: 180, render: (outcome: string | null, row) => (outcome ? `${outcome}(${row.inspectedOn})` : <Tag>待录入</Tag>) },
              {
                title: isInspector ? '操作' : '公示',
                width: 110,
                render: (_, row) =>
                  isInspector && !row.published ? (
                    <Button type="link" size="small" onClick={() => setRecording(row)}>
                      {row.outcome ? '修改结果' : '录入结果'}
                    </Button>
                  ) : row.published ? (
                    <Tag color="green">已公示</Tag>
                  ) : null,
              },
            ]}
          />
        )}
      </AsyncContent>
      {recording && (
        <ResultForm
          visit={recording}
          onCancel={() => setRecording(undefined)}
          onDone={() => {
            setRecording(undefined);
            state.reload();
          }}
        />
      )}
    </Card>
  );
}
