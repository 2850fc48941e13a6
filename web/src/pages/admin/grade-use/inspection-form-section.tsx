import { Col, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';

/** The fields a 双随机 plan and a targeted inspection both record about the visit. */
export interface InspectionDetailsValues {
  departmentCode?: string;
  inspectors: string[];
  checkItems?: string;
  legalBasis?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** Those fields as the inspection APIs take them: trimmed texts (empty: absent) and the period's two days. */
export function inspectionDetailsBody(values: InspectionDetailsValues) {
  return {
    departmentCode: values.departmentCode,
    inspectors: values.inspectors,
    checkItems: values.checkItems?.trim() || undefined,
    legalBasis: values.legalBasis?.trim() || undefined,
    startsOn: values.period?.[0]?.format('YYYY-MM-DD'),
    dueOn: values.period?.[1]?.format('YYYY-MM-DD'),
  };
}

/**
 * Who may choose what in an inspection form: an administrator picks the implementing department and the inspectors
 * from the accounts (only administrators may list accounts); a department types its inspectors' account names.
 */
export function useInspectionFormChoices() {
  const { user } = useSession();
  const isAdmin = user?.role === 'admin';
  const departments = useApi(() => call(api.GET('/api/catalog/departments')), []);
  const inspectors = useApi(
    () =>
      isAdmin
        ? call(api.GET('/api/users', { params: { query: { role: 'inspector', limit: 200 } } }))
        : Promise.resolve({ total: 0, items: [] }),
    [isAdmin],
  );
  const departmentField = isAdmin && (
    <Col span={12}>
      <Form.Item name="departmentCode" label="实施部门" rules={[{ required: true, message: '请选择实施部门' }]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={departments.isLoading}
          options={departments.data?.items.map((department) => ({ value: department.code, label: department.name }))}
        />
      </Form.Item>
    </Col>
  );
  const inspectorSelect = (
    <Select
      mode="tags"
      tokenSeparators={[',', '，', ' ']}
      options={inspectors.data?.items.map((account) => ({
        value: account.username,
        label: `${account.displayName}（${account.username}）`,
      }))}
    />
  );
  return { isAdmin, departmentField, inspectorSelect };
}

/** 检查事项, 检查依据 and 检查期间, with the hints each form gives. */
export function InspectionDetailsSection({
  legalBasisLabel,
  hints = {},
}: {
  legalBasisLabel: string;
  hints?: { checkItems?: string; legalBasis?: string; period?: string };
}) {
  return (
    <>
      <Form.Item name="checkItems" label="检查事项" extra={hints.checkItems}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="legalBasis" label={legalBasisLabel} extra={hints.legalBasis}>
        <Input maxLength={2000} />
      </Form.Item>
      <Form.Item name="period" label="检查期间" extra={hints.period}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
    </>
  );
}
