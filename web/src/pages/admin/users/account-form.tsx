import { Alert, Form, Input, Modal, Select } from 'antd';
import { api, call, type Role, type Schemas } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { NEW_ACCOUNT_ROLE_OPTIONS, ROLE_OPTIONS } from './role-labels.ts';
import { useFormSubmit } from '../../../components/use-submit.ts';

type User = Schemas['User'];

interface AccountValues {
  username: string;
  displayName: string;
  role: Role;
  password?: string;
  departmentCode?: string | null;
  uscc?: string | null;
}

/**
 * Creates an account, or changes one's name, role and binding (a department operator reports for one department, an
 * enterprise account is one enterprise). 三权分立: the 系统管理员 creates accounts, edits names and bindings and resets
 * passwords; the 安全管理员 changes roles. Only changed fields are sent. The server's Chinese message is shown above
 * the buttons when it refuses.
 */
export function AccountForm({ user, onDone, onCancel }: { user?: User; onDone: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<AccountValues>();
  const departments = useApi(() => call(api.GET('/api/catalog/departments')), []);
  const { user: me } = useSession();
  const isSecurityAdmin = me?.role === 'security_admin';
  const role = Form.useWatch('role', form) ?? user?.role;
  const { submit, isBusy, error } = useFormSubmit(form, async (values) => {
    const departmentCode = values.role === 'department_operator' ? (values.departmentCode ?? null) : null;
    const uscc = values.role === 'enterprise' ? values.uscc?.trim() || null : null;
    if (user) {
      const body: {
        displayName?: string;
        role?: Role;
        departmentCode?: string | null;
        uscc?: string | null;
        password?: string;
      } = {};
      if (values.role !== user.role) body.role = values.role;
      if (values.displayName !== user.displayName) body.displayName = values.displayName;
      if (departmentCode !== user.departmentCode) body.departmentCode = departmentCode;
      if (uscc !== user.uscc) body.uscc = uscc;
      if (values.password) body.password = values.password;
      if (Object.keys(body).length > 0)
        await call(api.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body }));
    } else {
      await call(
        api.POST('/api/users', {
          body: {
            username: values.username.trim(),
            displayName: values.displayName,
            role: values.role,
            password: values.password ?? '',
            departmentCode,
            uscc,
          },
        }),
      );
    }
    onDone();
  });
  return (
    <Modal
      open
      title={user ? `修改账号 ${user.username}` : '创建账号'}
      okText="保存"
      cancelText="取消"
      confirmLoading={isBusy}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          user
            ? {
                username: user.username,
                displayName: user.displayName,
                role: user.role,
                departmentCode: user.departmentCode,
                uscc: user.uscc,
              }
            : { role: 'inspector' }
        }
      >
        <Form.Item
          name="username"
          label="用户名"
          rules={[{ required: true, message: '请输入用户名' }]}
          extra="2–64 位字母、数字、点、下划线或连字符"
        >
          <Input disabled={Boolean(user)} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label="姓名或单位名称"
          rules={[{ required: true, message: '请输入姓名或单位名称' }]}
        >
          <Input disabled={isSecurityAdmin} />
        </Form.Item>
        <Form.Item
          name="role"
          label="角色"
          rules={[{ required: true }]}
          extra={user && !isSecurityAdmin ? '角色由安全管理员调整' : undefined}
        >
          <Select
            options={user ? ROLE_OPTIONS : NEW_ACCOUNT_ROLE_OPTIONS}
            disabled={Boolean(user) && !isSecurityAdmin}
          />
        </Form.Item>
        {role === 'department_operator' && (
          <Form.Item
            name="departmentCode"
            label="报送部门"
            rules={[{ required: true, message: '数据报送单位账号须选择部门' }]}
          >
            <Select
              loading={departments.isLoading}
              showSearch
              optionFilterProp="label"
              options={departments.data?.items.map((department) => ({
                value: department.code,
                label: department.name,
              }))}
            />
          </Form.Item>
        )}
        {role === 'enterprise' && (
          <Form.Item
            name="uscc"
            label="统一社会信用代码"
            rules={[{ required: true, message: '企业用户账号须绑定统一社会信用代码' }]}
          >
            <Input maxLength={18} />
          </Form.Item>
        )}
        {!user && (
          <Form.Item
            name="password"
            label="初始口令"
            rules={[{ required: true, message: '请输入初始口令' }]}
            extra="账号首次登录时必须修改"
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        {user && !isSecurityAdmin && (
          <Form.Item
            name="password"
            label="重置口令（可选）"
            extra="重置后该账号的会话与令牌立即失效，下次登录须修改口令"
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Modal>
  );
}
