import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { districtToday } from '../../../components/district-time.ts';
import { api, call, type Schemas } from '../../../api/client.ts';
import type { paths } from '../../../api/schema';
import { AttachmentUpload } from '../../enterprise/shared/attachment-upload.tsx';
import { useFormSubmit } from '../../../components/use-submit.ts';

type Visit = Schemas['InspectionVisit'];

type Outcome =
  paths['/api/inspection-visits/{id}/result']['post']['requestBody']['content']['application/json']['outcome'];

/** The outcomes an inspector chooses from (the API's closed list, INSPECTION_OUTCOMES). */
const OUTCOMES: Outcome[] = [
  '未发现问题',
  '发现问题已责令改正',
  '发现问题待后续处理',
  '通过登记的住所（经营场所）无法联系',
  '未发现开展本次抽查涉及的经营活动',
  '不配合检查',
];

/** An inspector records the result of a visit drawn for them, with photos taken on site (on a phone: the camera). */
export function ResultForm({ visit, onDone, onCancel }: { visit: Visit; onDone: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<{ outcome: Outcome; findings?: string; inspectedOn: Dayjs; photos?: string[] }>();
  const { submit, isBusy, error } = useFormSubmit(form, async (values) => {
    await call(
      api.POST('/api/inspection-visits/{id}/result', {
        params: { path: { id: visit.id } },
        body: {
          outcome: values.outcome,
          findings: values.findings?.trim() || undefined,
          inspectedOn: values.inspectedOn.format('YYYY-MM-DD'),
          photos: values.photos ?? [],
        },
      }),
    );
    onDone();
  });
  return (
    <Modal
      open
      title={`录入检查结果：${visit.name}`}
      okText="保存"
      cancelText="取消"
      confirmLoading={isBusy}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ inspectedOn: dayjs(districtToday()) }}>
        <Form.Item name="outcome" label="检查结果" rules={[{ required: true, message: '请选择检查结果' }]}>
          <Select
            // The stored value keeps the catalog's spelling; the label uses full-width parentheses (GB/T 15834).
            options={OUTCOMES.map((value) => ({ value, label: value.replace('(', '（').replace(')', '）') }))}
          />
        </Form.Item>
        <Form.Item name="findings" label="检查情况">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="inspectedOn" label="检查日期" rules={[{ required: true, message: '请选择检查日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="photos" label="现场照片">
          <AttachmentUpload hint="拍摄经营场所、证照或问题部位" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}
