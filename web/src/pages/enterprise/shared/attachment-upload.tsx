import {
  CameraOutlined,
  CheckCircleFilled,
  CloseCircleFilled,
  DeleteOutlined,
  FileOutlined,
  LoadingOutlined,
  PaperClipOutlined,
} from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, call } from '../../../api/client.ts';
import { readFileBase64 } from '../../../api/read-file-base64.ts';
import { formatBytes } from './format.ts';

interface Item {
  uid: string;
  name: string;
  status: 'uploading' | 'done' | 'error';
  sha256?: string;
  sizeBytes?: number;
  error?: string;
}

/** Photos above this size are re-encoded before upload: a phone camera's 4–8 MB picture of a certificate stays legible at 2000 px. */
const REENCODE_ABOVE_BYTES = 1.5 * 1024 * 1024;
const MAX_PHOTO_EDGE = 2000;

/**
 * Evidence for a declaration, objection or repair (PDF, JPG or PNG, `POST /api/attachments`): on a phone "拍照" opens the
 * camera (`<input accept="image/*" capture>`), "选择文件" a photo or a PDF. Each file is uploaded at once and the
 * server's reason is shown beside a file it refuses. A Form.Item control: its value is the list of SHA-256 of the
 * files uploaded.
 */
export function AttachmentUpload({
  value = [],
  onChange,
  maxBytes,
  hint,
  id,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  maxBytes?: number;
  hint?: string;
  id?: string;
}) {
  const [items, setItems] = useState<Item[]>([]);
  // Several files may be chosen at once: each upload updates the latest list, not the one it started from.
  const latest = useRef<Item[]>([]);
  const update = (change: (previous: Item[]) => Item[]) => {
    latest.current = change(latest.current);
    setItems(latest.current);
    onChange?.(latest.current.filter((item) => item.status === 'done').map((item) => item.sha256!));
  };
  const hasValue = value.length > 0;
  useEffect(() => {
    // The form was reset after a submit: forget the files it sent.
    if (!hasValue && latest.current.some((item) => item.status === 'done')) {
      latest.current = latest.current.filter((item) => item.status === 'uploading');
      setItems(latest.current);
    }
  }, [hasValue]);

  const upload = async (file: File) => {
    const uid = `${Date.now()}-${Math.random()}`;
    update((previous) => [...previous, { uid, name: file.name, status: 'uploading' }]);
    const settle = (patch: Partial<Item>) =>
      update((previous) => previous.map((item) => (item.uid === uid ? { ...item, ...patch } : item)));
    try {
      const prepared = await prepareFile(file);
      if (maxBytes !== undefined && prepared.size > maxBytes)
        throw new ApiError(
          'INVALID_INPUT',
          `文件大小 ${formatBytes(prepared.size)}，超过上限 ${formatBytes(maxBytes)}`,
          0,
        );
      const stored = await call(
        api.POST('/api/attachments', {
          body: { fileName: prepared.name, contentBase64: await readFileBase64(prepared) },
        }),
      );
      settle({ status: 'done', sha256: stored.sha256, sizeBytes: stored.sizeBytes, name: stored.fileName });
    } catch (error) {
      settle({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  };
  const beforeUpload = (file: File) => {
    void upload(file);
    return false;
  };
  const remove = (uid: string) => update((previous) => previous.filter((item) => item.uid !== uid));

  return (
    <div id={id}>
      <Flex gap={8} wrap>
        <Upload
          accept="image/*"
          capture="environment"
          showUploadList={false}
          beforeUpload={beforeUpload}
          multiple={false}
        >
          <Button size="large" icon={<CameraOutlined />}>
            拍照
          </Button>
        </Upload>
        <Upload
          accept="image/jpeg,image/png,application/pdf,.pdf,.jpg,.jpeg,.png"
          showUploadList={false}
          beforeUpload={beforeUpload}
          multiple
        >
          <Button size="large" icon={<PaperClipOutlined />}>
            选择文件
          </Button>
        </Upload>
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, fontSize: 12 }}>
        {hint ? `${hint};` : ''}支持 JPG、PNG 照片和 PDF 文件{maxBytes ? `，单个不超过 ${formatBytes(maxBytes)}` : ''}
      </Typography.Text>
      {items.length > 0 && (
        <ul aria-label="已上传的附件" style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
          {items.map((item) => (
            <li
              key={item.uid}
              data-loading={item.status === 'uploading' ? 'true' : undefined}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 8,
                minHeight: 40,
                borderBottom: '1px solid #f0f0f0',
              }}
            >
              <span style={{ fontSize: 16 }}>
                {item.status === 'uploading' ? (
                  <LoadingOutlined />
                ) : item.status === 'done' ? (
                  <CheckCircleFilled style={{ color: '#52c41a' }} />
                ) : (
                  <CloseCircleFilled style={{ color: '#ff4d4f' }} />
                )}
              </span>
              <div style={{ flex: 1, minWidth: 0 }}>
                <Typography.Text ellipsis style={{ display: 'block' }}>
                  <FileOutlined /> {item.name}
                </Typography.Text>
                {item.status === 'done' && item.sizeBytes !== undefined && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    已上传 · {formatBytes(item.sizeBytes)}
                  </Typography.Text>
                )}
                {item.status === 'uploading' && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    正在上传…
                  </Typography.Text>
                )}
                {item.status === 'error' && (
                  <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>
                    {item.error}
                  </Typography.Text>
                )}
              </div>
              <Button
                type="text"
                aria-label={`移除 ${item.name}`}
                icon={<DeleteOutlined />}
                onClick={() => remove(item.uid)}
                style={{ width: 40, height: 40 }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Large photos, and photos in a format the server does not take (HEIC, WebP), become a JPEG of at most 2000 px;
 * PDFs and small JPG/PNG files go as they are.
 */
async function prepareFile(file: File): Promise<File> {
  const isImage = file.type.startsWith('image/');
  const isAccepted = file.type === 'image/jpeg' || file.type === 'image/png';
  if (!isImage || (isAccepted && file.size <= REENCODE_ABOVE_BYTES)) return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    if (isAccepted) return file;
    throw new ApiError('INVALID_INPUT', `无法读取照片“${file.name}”，请改用 JPG、PNG 或 PDF 文件`, 0);
  }
  const scale = Math.min(1, MAX_PHOTO_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob) return file;
  return new File([blob], file.name.replace(/\.[^.]*$/, '') + '.jpg', { type: 'image/jpeg' });
}
