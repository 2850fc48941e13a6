import { Card, Statistic, Space, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { GradeDistributionChart } from '../../../components/grade-distribution-chart.tsx';

/** 等级分布: how many enterprises hold each grade of the published model. */
export function GradeDistributionCard() {
  const state = useApi(() => call(api.GET('/api/grades/distribution')), []);
  return (
    // The model's name under the title, not beside it: beside it, on a phone, it left the title two characters.
    <Card title="信用等级分布">
      <AsyncContent state={state} isEmpty={(data) => data.grades.length === 0} loadingHeight={300}>
        {(data) => (
          <>
            {data.modelName && <Typography.Paragraph type="secondary">评价模型：{data.modelName}</Typography.Paragraph>}
            <Space size={32} style={{ marginBottom: 8 }}>
              <Statistic title="企业总数" value={data.enterprises} />
              <Statistic title="已评价" value={data.enterprises - data.unrated} />
              <Statistic title="尚未评价" value={data.unrated} />
            </Space>
            <GradeDistributionChart grades={data.grades} height={300} />
          </>
        )}
      </AsyncContent>
    </Card>
  );
}
