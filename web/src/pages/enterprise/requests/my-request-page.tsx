import { LeftOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { RatingForm, RatingOutcome, type RatingResult } from '../../public/requests/rating-form.tsx';
import { RequestAnswer, RequestSummary, RequestTimeline } from '../../public/requests/request-details.tsx';

/**
 * One of the enterprise's cases: what it asked, the answer, the history, and — once answered — the rating (好差评,
 * 003 §四(一)). A bad rating reopens the case for rectification, which the page says right away.
 */
export default function MyRequestPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<RatingResult>();
  const state = useApi(() => call(api.GET('/api/requests/{id}', { params: { path: { id } } })), [id]);

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Button
        type="link"
        icon={<LeftOutlined />}
        onClick={() => navigate('/enterprise/requests')}
        style={{ paddingInline: 0 }}
      >
        我的诉求
      </Button>
      {outcome && <RatingOutcome result={outcome} />}
      <AsyncContent state={state}>
        {(request) => (
          <>
            <Card size="small" title={request.title} styles={{ title: { whiteSpace: 'normal' } }}>
              <RequestSummary request={request} />
            </Card>
            <Card size="small" title="答复与评价">
              <RequestAnswer request={request} />
              {request.state === 'answered' && !request.rating && (
                <RatingForm
                  rate={(values) =>
                    call(api.POST('/api/requests/{id}/rating', { params: { path: { id } }, body: values }))
                  }
                  onRated={(result) => {
                    setOutcome(result);
                    state.reload();
                    window.scrollTo({ top: 0 });
                  }}
                />
              )}
            </Card>
            <Card size="small" title="办理过程">
              <RequestTimeline history={request.history} />
            </Card>
          </>
        )}
      </AsyncContent>
    </Space>
  );
}
