/**
 * Why a unified login (统一身份认证, docs/integration.md) did not open a session: a closed list, each with what the
 * person reads on the login page. The callback redirects to `/login?unifiedLoginRefusal=<code>`.
 */
export const UNIFIED_LOGIN_REFUSALS = {
  not_configured: '本平台未启用政务服务网统一身份认证登录，请使用账号口令登录。',
  expired: '统一身份认证登录已超时或已在其他页面完成，请重新登录。',
  provider_failed: '统一身份认证服务未能确认您的身份，请重新登录或使用账号口令登录。',
  uscc_invalid: '统一身份认证提供的统一社会信用代码无效（校验不通过），无法登录企业账号。',
  uscc_unknown: '该统一社会信用代码的企业不在本平台企业名录中，暂不能登录；如需登记请联系平台管理员。',
  staff_unmapped: '您的政务服务网账号尚未关联本平台账号，请将下方统一身份标识告知平台系统管理员，关联后再登录。',
  disabled: '账号已停用，请联系平台管理员。',
  declined: '您未同意授权使用统一身份认证信息，平台未创建账号，也未登录。',
} as const;

export type UnifiedLoginRefusalCode = keyof typeof UNIFIED_LOGIN_REFUSALS;

export const UNIFIED_LOGIN_REFUSAL_CODES = Object.keys(UNIFIED_LOGIN_REFUSALS) as UnifiedLoginRefusalCode[];
