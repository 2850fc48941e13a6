import { Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { BoardFilters, type ListCode } from './task-filters.tsx';

/** The server's bulletin page shown in place: no scripts may run in it; its height follows its content. */
function BulletinFrame({ html }: { html: string }) {
  const [height, setHeight] = useState(800);
  return (
    <iframe
      title="重点任务推进情况通报"
      srcDoc={html}
      // Same origin only so the page can measure the content's height; scripts stay off (the bulletin has none).
      sandbox="allow-same-origin"
      onLoad={(event) => setHeight((event.currentTarget.contentDocument?.documentElement.scrollHeight ?? 800) + 16)}
      style={{ width: '100%', height, border: '1px solid #f0f0f0', background: '#fff' }}
    />
  );
}

/**
 * 进度通报 (000 附件1 §三(二) “定期通报工作进度”): the bulletin of a date as the server renders it — overall
 * figures, phases, and each lead unit's done, at-risk and late tasks — read in the page, downloaded as PDF.
 */
export default function TaskBulletinPage() {
  const [date, setDate] = useState<string>();
  const [list, setList] = useState<ListCode>();
  const state = useApi(
    () =>
      call(
        api.GET('/api/reform-tasks/bulletin', { params: { query: { format: 'html', date, list } }, parseAs: 'text' }),
      ),
    [date, list],
  );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size={12}>
          <BoardFilters date={date} onDate={setDate} list={list} onList={setList} />
          <ExportButton
            type="primary"
            request={() =>
              api.GET('/api/reform-tasks/bulletin', {
                params: { query: { format: 'pdf', date, list } },
                parseAs: 'blob',
              })
            }
            fileName={`重点任务推进情况通报-${date ?? '今日'}.pdf`}
          >
            下载 PDF
          </ExportButton>
          <Typography.Text type="secondary">通报按统计日及以前的报送生成，HTML 与 PDF 内容相同。</Typography.Text>
        </Space>
      </Card>
      <AsyncContent state={state} isEmpty={(html) => html.length === 0} loadingHeight={400}>
        {(html) => <BulletinFrame html={html as string} />}
      </AsyncContent>
    </Space>
  );
}
