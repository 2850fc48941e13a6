import { Button, Card, Input, Popconfirm, Select, Space, Tabs, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { api, call, type Role, type Schemas, messageOf } from '../../../api/client.ts';
import { useDepartments } from '../../../api/use-catalog.ts';
import { useSession } from '../../../auth/session.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { AccountForm } from './account-form.tsx';
import { AuthorizationMatrix } from './authorization-matrix.tsx';
import { UnifiedIdentityLink } from './unified-identity-link.tsx';
import { useApi } from '../../../api/use-api.ts';
import { ROLE_OPTIONS } from './role-labels.ts';
import { formatDateTime } from '../../../components/district-time.ts';

type User = Schemas['ListedUser'];

/** The accounts: search by name or role; the 系统管理员 creates, edits, resets and disables, the 安全管理员 changes roles. */
function Accounts() {
  const { user: me } = useSession();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role>();
  const [editing, setEditing] = useState<User | 'new'>();
  const [reloadKey, setReloadKey] = useState(0);
  const [rowError, setRowError] = useState<{ id: number; message: string }>();
  const departments = useDepartments();
  const departmentName = (code: string) => departments?.find((department) => department.code === code)?.name ?? code;
  const reload = () => setReloadKey((value) => value + 1);
  // The 统一身份 column appears only where unified login is configured (docs/integration.md).
  const unifiedLogin = useApi(() => call(api.GET('/api/auth/oidc')), []);
  const identities = useApi(() => call(api.GET('/api/unified-identities')), [reloadKey]);
  const identityOf = (user: User) => identities.data?.items.find((identity) => identity.userId === user.id);
  const setDisabled = async (user: User, disabled: boolean) => {
    setRowError(undefined);
    try {
      await call(api.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body: { disabled } }));
      message.success(disabled ? `已停用 ${user.username}，其会话与令牌已失效` : `已启用 ${user.username}`);
      reload();
    } catch (failure) {
      setRowError({ id: user.id, message: messageOf(failure) });
    }
  };
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search
          placeholder="用户名或名称"
          allowClear
          onSearch={(value) => setQ(value.trim())}
          style={{ width: 240 }}
          aria-label="查找账号"
        />
        <Select
          allowClear
          placeholder="全部角色"
          value={role}
          onChange={setRole}
          options={ROLE_OPTIONS}
          style={{ width: 160 }}
          aria-label="角色"
        />
        {me?.role === 'admin' && (
          <Button type="primary" onClick={() => setEditing('new')}>
            创建账号
          </Button>
        )}
      </Space>
      <PagedTable<User>
        rowKey="id"
        size="small"
        filters={[q, role, reloadKey]}
        scrollX={960}
        load={({ limit, offset }) =>
          call(api.GET('/api/users', { params: { query: { q: q || undefined, role, limit, offset } } }))
        }
        columns={[
          // Fixed widths leave the name what is left of 1280 px: wide enough for a department's full name.
          { title: '用户名', dataIndex: 'username', width: 130 },
          { title: '姓名或单位', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'roleLabel', width: 120 },
          {
            title: '绑定',
            width: 200,
            render: (_, row) =>
              row.departmentCode ? departmentName(row.departmentCode) : (row.enterpriseName ?? row.uscc ?? '—'),
          },
          {
            title: '状态',
            dataIndex: 'disabled',
            width: 80,
            render: (disabled: boolean) => (disabled ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>),
          },
          ...(unifiedLogin.data?.isEnabled
            ? [
                {
                  title: '统一身份',
                  width: 200,
                  render: (_: unknown, row: User) => (
                    <UnifiedIdentityLink user={row} identity={identityOf(row)} onDone={reload} />
                  ),
                },
              ]
            : []),
          { title: '创建时间', dataIndex: 'createdAt', width: 150, render: formatDateTime },
          {
            title: '操作',
            width: 130,
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(row)}>
                    {me?.role === 'security_admin' ? '修改角色' : '修改'}
                  </Button>
                  {me?.role !== 'admin' ? null : row.disabled ? (
                    <Button type="link" size="small" onClick={() => setDisabled(row, false)}>
                      启用
                    </Button>
                  ) : (
                    <Popconfirm
                      title={`停用 ${row.username}?`}
                      description="其登录会话与 API 令牌立即失效。"
                      okText="停用"
                      cancelText="取消"
                      onConfirm={() => setDisabled(row, true)}
                      disabled={row.id === me?.id}
                    >
                      <Button type="link" size="small" danger disabled={row.id === me?.id}>
                        停用
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
                {rowError?.id === row.id && (
                  <Typography.Text type="danger" role="alert">
                    {rowError.message}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <AccountForm
          user={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(undefined)}
          onDone={() => {
            message.success(editing === 'new' ? '账号已创建' : '账号已修改');
            setEditing(undefined);
            reload();
          }}
        />
      )}
    </Space>
  );
}

/** 用户与权限: the accounts, and the authorization matrix as the server enforces it. */
export default function UsersPage() {
  return (
    <Card>
      <Tabs
        items={[
          { key: 'accounts', label: '账号', children: <Accounts /> },
          { key: 'matrix', label: '授权矩阵', children: <AuthorizationMatrix /> },
        ]}
      />
    </Card>
  );
}
