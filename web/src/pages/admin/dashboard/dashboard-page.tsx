import { Col, Row } from 'antd';
import { useSession } from '../../../auth/session.tsx';
import { GradeDistributionCard } from './grade-distribution-card.tsx';
import { IndexTrendCard } from './index-trend-card.tsx';
import { PendingWorkCard } from './pending-work-card.tsx';
import { RecentImportsCard } from './recent-imports-card.tsx';

/**
 * 工作台: grade distribution, trend of the credit index, pending work with deadlines (reviewers and the
 * administrator), the latest imports (administrator and department operators).
 */
export default function DashboardPage() {
  const { user } = useSession();
  const role = user?.role;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <GradeDistributionCard />
      </Col>
      <Col xs={24} xl={12}>
        <IndexTrendCard />
      </Col>
      {(role === 'admin' || role === 'reviewer') && (
        <Col xs={24} xl={12}>
          <PendingWorkCard />
        </Col>
      )}
      {(role === 'admin' || role === 'department_operator') && (
        <Col xs={24} xl={12}>
          <RecentImportsCard />
        </Col>
      )}
    </Row>
  );
}
