import {
  AuditOutlined,
  BankOutlined,
  CustomerServiceOutlined,
  FileProtectOutlined,
  KeyOutlined,
  MedicineBoxOutlined,
  MoneyCollectOutlined,
  RightOutlined,
  ToolOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Badge, Card, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useSession } from '../../../auth/session.tsx';
import { AsyncContent } from '../../../components/async-content.tsx';
import { isAllowed, ROUTES } from '../../../routes.tsx';
import { TouchSized } from '../shared/touch-sized.tsx';

interface Service {
  path: string;
  title: string;
  description: string;
  icon: ReactNode;
  /** Cases waiting for a decision, shown as a badge. */
  pending?: number;
}

/**
 * 办事: the enterprise's applications in one place — 自主申报, 异议, 信用修复, 信用承诺 — with the cases still
 * waiting for a decision. Other enterprise services in the route table (企呼我应) are listed too when they exist.
 */
export default function ServicesPage() {
  const navigate = useNavigate();
  const { user } = useSession();
  const state = useApi(() => call(api.GET('/api/enterprise-portal/overview')), []);
  return (
    <TouchSized>
      <AsyncContent state={state}>
        {(overview) => {
          const services: Service[] = [
            {
              path: '/enterprise/services/checkup',
              title: '信用体检',
              description: '看看修复哪条记录、补上哪项信息能提高得分，可先试算再办理',
              icon: <MedicineBoxOutlined />,
            },
            {
              path: '/enterprise/services/declarations',
              title: '自主申报',
              description: '申报荣誉表彰、专业资质等正面信息，审核通过后计入信用记录',
              icon: <TrophyOutlined />,
              pending: overview.openCases.declarations,
            },
            {
              path: '/enterprise/services/objections',
              title: '异议申请',
              description: '对信用记录或评价结果有异议，申请复评（核）',
              icon: <AuditOutlined />,
              pending: overview.openCases.objections,
            },
            {
              path: '/enterprise/services/repairs',
              title: '信用修复',
              description: '失信信息最短公示期满后，纠正行为并申请修复',
              icon: <ToolOutlined />,
              pending: overview.openCases.repairs,
            },
            {
              path: '/enterprise/services/commitments',
              title: '信用承诺',
              description: '按信用承诺清单作出承诺，享受告知承诺、容缺受理',
              icon: <FileProtectOutlined />,
              pending: overview.signedCommitments,
            },
            {
              path: '/enterprise/services/payouts',
              title: '政策兑现',
              description: '符合条件的惠企政策及兑现进度；即申即享的在这里一步申请',
              icon: <MoneyCollectOutlined />,
            },
            {
              path: '/enterprise/services/financing',
              title: '融资对接',
              description: '发布融资需求，看匹配的银行产品和理由，跟踪银行回应与放款',
              icon: <BankOutlined />,
            },
            {
              path: '/enterprise/services/authorizations',
              title: '查询授权',
              description: '授权银行或行业协会查询本企业的信用等级和信用报告，可随时撤回',
              icon: <KeyOutlined />,
            },
            // Enterprise pages other engineers add (企呼我应 …) appear here without this page knowing them.
            ...ROUTES.filter(
              (route) =>
                route.portal === 'enterprise' &&
                route.path.startsWith('/enterprise/requests') &&
                route.menu !== false &&
                isAllowed(route, user?.role ?? null),
            ).map((route) => ({
              path: route.path,
              title: route.title,
              description: '反映诉求与问题，跟踪办理并评价',
              icon: <CustomerServiceOutlined />,
            })),
          ];
          return (
            <Card size="small" styles={{ body: { padding: '0 12px' } }}>
              <List
                dataSource={services}
                renderItem={(service) => (
                  <List.Item key={service.path} style={{ paddingInline: 0 }}>
                    <button
                      type="button"
                      onClick={() => navigate(service.path)}
                      style={{
                        display: 'flex',
                        alignItems: 'center',
                        gap: 12,
                        width: '100%',
                        minHeight: 56,
                        background: 'none',
                        border: 'none',
                        padding: 0,
                        textAlign: 'left',
                        cursor: 'pointer',
                        font: 'inherit',
                        color: 'inherit',
                      }}
                    >
                      <span style={{ fontSize: 24, color: '#1677ff', width: 32, textAlign: 'center', flexShrink: 0 }}>
                        {service.icon}
                      </span>
                      <span style={{ flex: 1, minWidth: 0 }}>
                        <Typography.Text strong style={{ display: 'block' }}>
                          {service.title}
                        </Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {service.description}
                        </Typography.Text>
                      </span>
                      {service.pending ? (
                        <Badge count={service.pending} color="#1677ff" title={`${service.pending} 件办理中`} />
                      ) : null}
                      <RightOutlined style={{ color: 'rgba(0,0,0,0.25)' }} />
                    </button>
                  </List.Item>
                )}
              />
            </Card>
          );
        }}
      </AsyncContent>
    </TouchSized>
  );
}
