import { Alert, Button, DatePicker, Form, Input, InputNumber, Radio, Select, Typography, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { refreshUnreadCount } from '../inbox/unread-count.ts';
import { AttachmentUpload } from '../shared/attachment-upload.tsx';
import { showFieldErrors } from '../shared/field-errors.ts';
import { RADIO_GROUP_ROLE } from '../../../components/radio-group-role.ts';

type DeclarableKind = Schemas['DeclarableKind'];
type Field = DeclarableKind['fields'][number];

interface Values {
  category: DeclarableKind['category'];
  kind: string;
  fields: Record<string, string | number | null | undefined>;
  attachments: string[];
}

/**
 * The input for a catalog field type: dates from a calendar (read-only input, so a phone's keyboard does not cover it),
 * numbers with a numeric keypad. Form.Item hands it `id`, `value` and `onChange`, passed on to the control.
 */
function FieldInput({ field, ...control }: { field: Field; id?: string; value?: never; onChange?: never }) {
  if (field.values)
    return (
      <Select
        {...control}
        size="large"
        placeholder={`请选择${field.header}`}
        options={field.values.map((value) => ({ value, label: value }))}
      />
    );
  switch (field.type) {
    case 'date':
      return (
        <DatePicker
          {...control}
          size="large"
          inputReadOnly
          allowClear={!field.required}
          placeholder={`请选择${field.header}`}
          style={{ width: '100%' }}
        />
      );
    case 'amount':
    case 'number':
      return <InputNumber {...control} size="large" style={{ width: '100%' }} inputMode="decimal" />;
    case 'integer':
    case 'year':
      return <InputNumber {...control} size="large" style={{ width: '100%' }} precision={0} inputMode="numeric" />;
    default:
      return <Input {...control} size="large" maxLength={500} placeholder={`请填写${field.header}`} />;
  }
}

/**
 * 自主申报 (001 §二(二)): pick what to declare, fill in the kind's fields (the same Chinese headers as a department's
 * file; name and code come from the account), attach a photo or PDF of the certificate, submit. Each problem the
 * server finds is shown under the field it names.
 */
export function DeclarationForm({ onSubmitted }: { onSubmitted: () => void }) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const state = useApi(async () => {
    const [kinds, overview] = await Promise.all([
      call(api.GET('/api/enterprise-portal/declarable-kinds')),
      call(api.GET('/api/enterprise-portal/overview')),
    ]);
    return { kinds: kinds.items, maxBytes: overview.limits.attachmentMaxBytes };
  }, []);
  const category = Form.useWatch('category', form);
  const kindCode = Form.useWatch('kind', form);
  const kinds = state.data?.kinds ?? [];
  const categories = useMemo(
    () => [...new Map(kinds.map((kind) => [kind.category, kind.categoryLabel])).entries()],
    [kinds],
  );
  const kindsOfCategory = kinds.filter((kind) => kind.category === category);
  const kind = kinds.find((candidate) => candidate.code === kindCode);

  const submit = async (values: Values) => {
    if (!kind) return;
    setIsBusy(true);
    setFormError(null);
    try {
      const fields = Object.fromEntries(
        Object.entries(values.fields ?? {}).filter(
          ([, value]) => value !== undefined && value !== null && value !== '',
        ),
      ) as Record<string, string | number>;
      const created = await call(
        api.POST('/api/declarations', { body: { kind: kind.code, fields, attachments: values.attachments ?? [] } }),
      );
      message.success(`申报已提交（编号 ${created.id}），等待信用办审核`);
      form.resetFields();
      void refreshUnreadCount();
      onSubmitted();
    } catch (error) {
      const names: Record<string, (string | number)[]> = {
        kind: ['kind'],
        记录类别: ['kind'],
        attachments: ['attachments'],
        证明材料: ['attachments'],
      };
      for (const field of kind.fields) names[field.header] = ['fields', field.header];
      setFormError(showFieldErrors(form, error, names));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <AsyncContent state={state}>
      {() => (
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark="optional"
          onFinish={submit}
          onValuesChange={(changed) => {
            // Another kind has other fields: start them empty (setFieldsValue would merge, keeping same-named values such as 有效期至).
            if ('category' in changed)
              form.setFieldValue('kind', kinds.find((candidate) => candidate.category === changed.category)?.code);
            if ('category' in changed || 'kind' in changed) form.setFieldValue('fields', {});
          }}
          initialValues={{ category: kinds[0]?.category, kind: kinds[0]?.code, attachments: [] }}
          scrollToFirstError={{ block: 'center' }}
        >
          <Form.Item name="category" label="申报类别" rules={[{ required: true, message: '请选择申报类别' }]}>
            <Radio.Group
              {...RADIO_GROUP_ROLE}
              aria-label="申报类别"
              optionType="button"
              buttonStyle="solid"
              size="large"
              style={{ display: 'flex' }}
            >
              {categories.map(([code, label]) => (
                <Radio.Button key={code} value={code} style={{ flex: 1, textAlign: 'center' }}>
                  {label}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="kind"
            label="信息类别"
            hidden={kindsOfCategory.length <= 1}
            rules={[{ required: true, message: '请选择信息类别' }]}
          >
            <Select
              size="large"
              options={kindsOfCategory.map((candidate) => ({ value: candidate.code, label: candidate.label }))}
            />
          </Form.Item>
          {kind?.fields.map((field) => (
            <Form.Item
              key={`${kind.code}:${field.header}`}
              name={['fields', field.header]}
              label={field.header}
              rules={
                field.required
                  ? [
                      {
                        required: true,
                        message: `${field.values || field.type === 'date' ? '请选择' : '请填写'}${field.header}`,
                      },
                    ]
                  : []
              }
              // Dates travel as YYYY-MM-DD text, the form the importer reads; the calendar works with dayjs values.
              {...(field.type === 'date'
                ? {
                    getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
                    normalize: (value: Dayjs | null) => value?.format('YYYY-MM-DD'),
                  }
                : {})}
            >
              <FieldInput field={field} />
            </Form.Item>
          ))}
          <Form.Item
            name="attachments"
            label="证明材料"
            rules={[{ required: true, type: 'array', min: 1, message: '请上传证明材料（拍照或选择文件）' }]}
          >
            <AttachmentUpload maxBytes={state.data?.maxBytes} hint="证书、奖牌或批准文件的照片或 PDF" />
          </Form.Item>
          {formError && <Alert type="error" showIcon role="alert" message={formError} style={{ marginBottom: 12 }} />}
          <Button type="primary" htmlType="submit" size="large" block loading={isBusy}>
            提交申报
          </Button>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
            企业名称与统一社会信用代码自动取自本账号。审核通过后，申报内容记入本企业信用记录并重新评价。
          </Typography.Text>
        </Form>
      )}
    </AsyncContent>
  );
}
