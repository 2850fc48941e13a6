import { Card, Checkbox, Select, Space } from 'antd';
import { useState } from 'react';
import { api, call } from '../../../api/client.ts';
import { useSession } from '../../../auth/session.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import {
  CATEGORY_OPTIONS,
  STATE_OPTIONS,
  type RequestCategory,
  type RequestState,
} from '../../public/requests/request-terms.ts';
import { REQUEST_COLUMNS } from './request-columns.tsx';
import { useDepartmentChoices } from './use-department-choices.ts';

/**
 * 诉求办理: the cases the account may see — a department those routed to it now, the credit office all —
 * filtered by state, category, department and overdue, newest first, with the deadline in colour.
 */
export default function RequestListPage() {
  const { user } = useSession();
  const departments = useDepartmentChoices();
  const [state, setState] = useState<RequestState>();
  const [category, setCategory] = useState<RequestCategory>();
  const [departmentCode, setDepartmentCode] = useState<string>();
  const [isOverdueOnly, setIsOverdueOnly] = useState(false);
  const isOwnDepartmentOnly = user?.role === 'department_operator';

  return (
    <Card>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 120 }}
          options={STATE_OPTIONS}
          value={state}
          onChange={setState}
          aria-label="按状态筛选"
        />
        <Select
          allowClear
          placeholder="诉求类别"
          style={{ width: 170 }}
          options={CATEGORY_OPTIONS}
          value={category}
          onChange={setCategory}
          aria-label="按类别筛选"
        />
        {!isOwnDepartmentOnly && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="承办部门"
            style={{ width: 200 }}
            options={departments.options}
            value={departmentCode}
            onChange={setDepartmentCode}
            aria-label="按承办部门筛选"
          />
        )}
        <Checkbox checked={isOverdueOnly} onChange={(event) => setIsOverdueOnly(event.target.checked)}>
          只看超期未答复
        </Checkbox>
      </Space>
      <PagedTable
        rowKey="id"
        columns={REQUEST_COLUMNS}
        filters={[state, category, departmentCode, isOverdueOnly]}
        scrollX={960}
        emptyText="没有符合条件的诉求"
        load={({ limit, offset }) =>
          call(
            api.GET('/api/requests', {
              params: {
                query: { limit, offset, state, category, departmentCode, overdue: isOverdueOnly ? 'true' : undefined },
              },
            }),
          )
        }
      />
    </Card>
  );
}
