import { Col, Row } from 'antd';
import { GradeDistributionCard } from './grade-distribution-card.tsx';

/** 工作台 (issue #8): grade distribution, trend of the index, pending work with deadlines. */
export default function DashboardPage() {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <GradeDistributionCard />
      </Col>
    </Row>
  );
}
