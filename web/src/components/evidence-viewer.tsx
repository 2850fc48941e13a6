import { Alert, Flex, Image, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, download, messageOf } from '../api/client.ts';

type Loaded = { kind: 'image' | 'pdf' | 'other'; url: string; mediaType: string } | { kind: 'error'; message: string };

/**
 * An attachment shown where the reviewer decides (001 §二(二)(四): the reviewer judges the evidence): an image with
 * antd's preview (zoom, rotate), a PDF in the browser's own viewer, anything else as a download. The file comes
 * through the API (it is served as an attachment under a sandbox policy), then is shown from a blob: URL of the
 * type the server sniffed when it stored the file.
 */
export function EvidenceViewer({ sha256, label }: { sha256: string; label: string }) {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let url: string | undefined;
    let isCurrent = true;
    api
      .GET('/api/attachments/{sha256}', { params: { path: { sha256 } }, parseAs: 'blob' })
      .then((result) => {
        if (!isCurrent) return;
        if (!result.response.ok || !(result.data instanceof Blob)) {
          setLoaded({ kind: 'error', message: `${label}无法打开（${result.response.status}）` });
          return;
        }
        const mediaType = (result.response.headers.get('content-type') ?? '').split(';')[0].trim();
        const kind = mediaType.startsWith('image/') ? 'image' : mediaType === 'application/pdf' ? 'pdf' : 'other';
        url = URL.createObjectURL(
          new Blob([result.data], { type: kind === 'other' ? 'application/octet-stream' : mediaType }),
        );
        setLoaded({ kind, url, mediaType });
      })
      .catch((error: unknown) => isCurrent && setLoaded({ kind: 'error', message: messageOf(error) }));
    return () => {
      isCurrent = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [sha256, label]);

  if (!loaded) return <Spin size="small" aria-label={`正在载入${label}`} />;
  if (loaded.kind === 'error') return <Alert type="warning" showIcon message={loaded.message} />;
  const save = () =>
    void download(api.GET('/api/attachments/{sha256}', { params: { path: { sha256 } }, parseAs: 'blob' }), label);
  return (
    <Space direction="vertical" size={4} data-evidence={loaded.kind}>
      {loaded.kind === 'image' && (
        <Image
          src={loaded.url}
          alt={label}
          width={180}
          style={{ objectFit: 'contain', maxHeight: 240, border: '1px solid #f0f0f0' }}
          preview={{ mask: '点击放大' }}
        />
      )}
      {loaded.kind === 'pdf' && (
        <iframe
          src={loaded.url}
          title={label}
          style={{ width: 'min(640px, 100%)', height: 480, border: '1px solid #f0f0f0' }}
        />
      )}
      <Flex gap={8} align="center">
        <Typography.Text type="secondary">{label}</Typography.Text>
        <Typography.Link onClick={save}>下载</Typography.Link>
      </Flex>
    </Space>
  );
}
