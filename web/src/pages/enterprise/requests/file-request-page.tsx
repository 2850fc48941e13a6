import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FiledResult } from '../../public/requests/filed-result.tsx';
import { RequestFilingForm, type FiledRequest } from '../../public/requests/request-filing-form.tsx';

/** An enterprise files a request or complaint (企呼我应) from its phone, with photos or PDFs as proof. */
export default function FileRequestPage() {
  const navigate = useNavigate();
  const [filed, setFiled] = useState<FiledRequest>();
  return (
    <Card size="small">
      {filed ? (
        <FiledResult
          filed={filed}
          extra={
            <Space direction="vertical" style={{ width: '100%' }}>
              <Button type="primary" block onClick={() => navigate(`/enterprise/requests/${filed.id}`)}>
                查看办理进度
              </Button>
              <Button block onClick={() => navigate('/enterprise/requests')}>
                返回我的诉求
              </Button>
            </Space>
          }
        />
      ) : (
        <RequestFilingForm filer="enterprise" onFiled={setFiled} />
      )}
    </Card>
  );
}
