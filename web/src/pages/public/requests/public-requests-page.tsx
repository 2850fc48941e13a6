import { Button, Card, Col, Row, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { FiledResult } from './filed-result.tsx';
import { RequestFilingForm, type FiledRequest } from './request-filing-form.tsx';
import { TrackRequestPanel } from './track-request-panel.tsx';

/**
 * 企呼我应 for the public (003 §四(三), 004 §(十七) 投诉、处置、回应): anyone files a request or complaint with
 * a mobile number and gets a tracking code; with the code and the number they follow the case and rate the answer.
 * Enterprises with an account file in their portal, where they can attach proof.
 */
export default function PublicRequestsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [filed, setFiled] = useState<FiledRequest>();
  const tab = searchParams.get('tab') === 'track' ? 'track' : 'file';
  const showTab = (key: string, code?: string) =>
    setSearchParams(key === 'track' ? { tab: 'track', ...(code ? { code } : {}) } : {}, { replace: true });

  return (
    <Row justify="center">
      <Col xs={24} md={20} lg={16}>
        <Tabs
          activeKey={tab}
          onChange={(key) => showTab(key)}
          items={[
            {
              key: 'file',
              label: '提交诉求',
              children: (
                <Card size="small">
                  {filed ? (
                    <FiledResult
                      filed={filed}
                      isVisitor
                      extra={
                        <Space wrap style={{ justifyContent: 'center', width: '100%' }}>
                          <Button type="primary" onClick={() => showTab('track', filed.trackingCode)}>
                            查询进度
                          </Button>
                          <Button onClick={() => setFiled(undefined)}>再提交一件</Button>
                        </Space>
                      }
                    />
                  ) : (
                    <>
                      <Typography.Paragraph type="secondary">
                        企业账号请登录后在“企业服务—企呼我应”中提交，可上传证明材料、在站内消息中收到答复。
                      </Typography.Paragraph>
                      <RequestFilingForm filer="visitor" onFiled={setFiled} />
                    </>
                  )}
                </Card>
              ),
            },
            {
              key: 'track',
              label: '查询与评价',
              children: (
                <TrackRequestPanel
                  key={searchParams.get('code') ?? ''}
                  initialCode={searchParams.get('code') ?? undefined}
                />
              ),
            },
          ]}
        />
      </Col>
    </Row>
  );
}
