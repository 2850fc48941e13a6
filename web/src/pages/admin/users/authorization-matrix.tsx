import { Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ROLE_LABELS } from './role-labels.ts';

/** Everyone an access rule speaks about: the roles and the anonymous public (src/domain/roles.ts AUDIENCES). */
const AUDIENCES = [...(Object.keys(ROLE_LABELS) as Array<keyof typeof ROLE_LABELS>), 'anonymous'] as const;
type Audience = (typeof AUDIENCES)[number];
const AUDIENCE_LABELS: Record<Audience, string> = { ...ROLE_LABELS, anonymous: '公众（未登录）' };

/** The scopes of src/server/access.ts, as docs/authorization.md words them. */
const SCOPE_LABELS: Record<string, string> = {
  all: '全部',
  'own-enterprise': '仅本企业',
  'own-department': '仅本部门',
  'own-account': '仅本人',
  'shared-enterprise': '仅推送或授权的企业',
};

interface Operation {
  key: string;
  method: string;
  path: string;
  summary: string;
  tag: string;
  access: Partial<Record<Audience, string>>;
  isSessionOnly: boolean;
}

interface OpenApiOperation {
  summary?: string;
  tags?: string[];
  'x-access'?: Partial<Record<Audience, string>>;
  'x-session-only'?: boolean;
}

/** Reads every operation's access rule from the OpenAPI document: the same declaration the server enforces. */
async function loadOperations(): Promise<Operation[]> {
  const response = await fetch('/openapi.json', { credentials: 'same-origin' });
  if (!response.ok) throw new ApiError('UNKNOWN', `读取接口文档失败（${response.status}）`, response.status);
  const document = (await response.json()) as { paths: Record<string, Record<string, OpenApiOperation>> };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, operation]) => operation['x-access'])
      .map(([method, operation]) => ({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? '',
        tag: operation.tags?.[0] ?? '其他',
        access: operation['x-access'] ?? {},
        isSessionOnly: operation['x-session-only'] === true,
      })),
  );
}

function ScopeCell({ scope }: { scope: string | undefined }) {
  if (!scope) return <Typography.Text type="secondary">✗</Typography.Text>;
  return <Tag color={scope === 'all' ? 'green' : 'orange'}>{SCOPE_LABELS[scope] ?? scope}</Tag>;
}

/**
 * 授权矩阵: which role reaches which API and with what scope, read from `/openapi.json` (`x-access`), so it is what
 * the server enforces (docs/authorization.md is generated from the same declarations).
 */
export function AuthorizationMatrix() {
  const state = useApi(loadOperations, []);
  const [text, setText] = useState('');
  const [tag, setTag] = useState<string>();
  const tags = useMemo(() => [...new Set(state.data?.map((operation) => operation.tag) ?? [])], [state.data]);
  const shown = useMemo(
    () =>
      (state.data ?? []).filter(
        (operation) =>
          (!tag || operation.tag === tag) &&
          (!text || operation.key.toLowerCase().includes(text.toLowerCase()) || operation.summary.includes(text)),
      ),
    [state.data, tag, text],
  );
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        每个接口对每个角色的访问范围，取自接口文档（/openapi.json 的 x-access），即服务端实际执行的规则。✗
        表示无权访问（未登录返回 401，其他角色返回 403）。
      </Typography.Text>
      <Space wrap>
        <Input.Search
          placeholder="接口路径或说明"
          allowClear
          onSearch={setText}
          onChange={(event) => !event.target.value && setText('')}
          style={{ width: 280 }}
          aria-label="筛选接口"
        />
        <Select
          allowClear
          placeholder="全部分组"
          value={tag}
          onChange={setTag}
          options={tags.map((value) => ({ value, label: value }))}
          style={{ width: 180 }}
          aria-label="接口分组"
        />
      </Space>
      <AsyncContent state={state}>
        {() => (
          <Table<Operation>
            rowKey="key"
            size="small"
            dataSource={shown}
            scroll={{ x: 1500 }}
            pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 个接口` }}
            columns={[
              {
                title: '接口',
                dataIndex: 'key',
                fixed: 'left',
                width: 340,
                render: (_, row) => (
                  <Space direction="vertical" size={0}>
                    <Typography.Text code>
                      {row.method} {row.path}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.summary}
                      {row.isSessionOnly ? '（仅限登录会话）' : ''}
                    </Typography.Text>
                  </Space>
                ),
              },
              { title: '分组', dataIndex: 'tag', width: 100 },
              ...AUDIENCES.map((audience) => ({
                title: AUDIENCE_LABELS[audience],
                key: audience,
                width: 110,
                render: (_: unknown, row: Operation) => <ScopeCell scope={row.access[audience]} />,
              })),
            ]}
          />
        )}
      </AsyncContent>
    </Space>
  );
}
