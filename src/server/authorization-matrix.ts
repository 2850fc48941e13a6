import { AUDIENCE_LABELS, AUDIENCES } from '../domain/roles.ts';
import { isPublic, SCOPE_LABELS } from './access.ts';
import type { RegisteredRoute } from './build-server.ts';

const READ_METHODS = new Set(['GET', 'HEAD']);

/** "/api/users/:id" → "/api/users/{id}", as the OpenAPI document writes it. */
export function toOpenApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * docs/authorization.md, generated from the routes' access declarations (scripts/write-authorization-matrix.ts),
 * so the written matrix cannot drift from what the server enforces; a test compares the two.
 */
export function renderAuthorizationMatrix(routes: RegisteredRoute[]): string {
  const header = ['接口', '说明', ...AUDIENCES.map((audience) => AUDIENCE_LABELS[audience]), 'API 令牌'];
  const rows = routes.map((route) => {
    const access = route.config?.access ?? {};
    const cells = AUDIENCES.map((audience) => (access[audience] ? SCOPE_LABELS[access[audience]] : '✗'));
    const token = isPublic(access)
      ? '无需登录'
      : route.config?.sessionOnly
        ? '不可用（仅登录会话）'
        : READ_METHODS.has(route.method)
          ? '可用'
          : '需 write 权限';
    return [`\`${route.method} ${toOpenApiPath(route.url)}\``, route.summary, ...cells, token];
  });
  const table = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  return `# 授权矩阵

<!-- 由 scripts/write-authorization-matrix.ts 根据各路由的 access 声明生成，请勿手工修改；测试会核对两者一致。 -->

每个接口对每个角色的访问范围。服务端按各路由声明的同一份规则执行，OpenAPI 文档
（\`/openapi.json\`）中每个操作的 \`x-access\` 字段也来自这份声明。

- **全部**：可访问该接口提供的全部数据。
- **仅本企业**：企业用户只能访问本企业（账号绑定的统一社会信用代码）的数据；访问其他企业返回 403。
- **仅本部门**：数据报送单位只能访问本部门报送的记录；列表只含本部门记录，单条访问其他部门的记录返回 403。
- **仅本人**：只能管理自己创建的 API 令牌、共享订阅；他人的视为不存在（404）。管理员可管理全部。
- **仅推送或授权的企业**：金融机构、行业协会只能查看推送给本机构的名单中的企业，或经企业授权查询（在授权截止日前、未撤回）
  的企业；其他企业返回 403，共享事件只含这些企业。
- **✗**：未登录返回 401，已登录但角色无权返回 403。
- **API 令牌**：令牌代表其所属账号，角色与范围相同；只读令牌（read）不能调用写接口；创建令牌、管理账号、退出登录只能在登录会话中进行。

个人信息（法定代表人证件号码等）对所有人脱敏显示；只有数据所属部门的报送账号可用 \`reveal=true\` 查看明文，
且每次查看都记入哈希链审计（动作 \`personal.revealed\`）。法定代表人姓名一律脱敏显示（如 张*明）。

金融机构、行业协会不能浏览企业名录和信用记录；对推送给本机构的名单中的企业可查看详情、等级、评价轨迹与公示版信用报告，
经企业授权查询的企业还可获取完整版信用报告。

${table}
`;
}
