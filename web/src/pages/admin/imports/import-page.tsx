import { Card, Space } from 'antd';
import { useState } from 'react';
import { BatchHistory } from './batch-history.tsx';
import { UploadCard } from './upload-card.tsx';

/** 数据归集: upload a department file with a preview and the row errors before committing; the batch history below. */
export default function ImportPage() {
  const [reloadKey, setReloadKey] = useState(0);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <UploadCard onImported={() => setReloadKey((value) => value + 1)} />
      <Card title="导入批次记录">
        <BatchHistory reloadKey={reloadKey} />
      </Card>
    </Space>
  );
}
