import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { messageOf } from '../api/client.ts';
import { readFileBase64 } from '../api/read-file-base64.ts';

/** What an upload route answers (`/api/attachments`, `/api/reform-tasks/evidence`). */
export interface StoredFile {
  sha256: string;
  fileName: string;
}

/**
 * Attachments for a form (a request's proof, a progress report's evidence): each chosen file is uploaded at once
 * through `upload` (the server checks type and size by content), and the field's value is the list of SHA-256 the
 * form then sends. A refused file stays in the list in red with the server's reason.
 */
export function AttachmentField({
  onChange,
  upload,
  maxCount = 5,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  upload: (file: { fileName: string; contentBase64: string }) => Promise<StoredFile>;
  maxCount?: number;
}) {
  const [files, setFiles] = useState<UploadFile<StoredFile>[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const publish = (next: UploadFile<StoredFile>[]) => {
    setFiles(next);
    onChange?.(next.flatMap((file) => (file.status === 'done' && file.response ? [file.response.sha256] : [])));
  };

  return (
    <div data-loading={files.some((file) => file.status === 'uploading') ? 'true' : undefined}>
      <Upload<StoredFile>
        fileList={files}
        maxCount={maxCount}
        multiple
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        onChange={({ fileList }) => publish(fileList)}
        onRemove={(file) => {
          setErrors(({ [file.uid]: _removed, ...rest }) => rest);
          return true;
        }}
        customRequest={async ({ file, onSuccess, onError }) => {
          const blob = file as File & { uid: string };
          try {
            const stored = await upload({ fileName: blob.name, contentBase64: await readFileBase64(blob) });
            onSuccess?.(stored);
          } catch (failure) {
            const message = messageOf(failure);
            setErrors((previous) => ({ ...previous, [blob.uid]: message }));
            onError?.(failure instanceof Error ? failure : new Error(message));
          }
        }}
      >
        {files.length < maxCount && <Button icon={<PaperClipOutlined />}>选择文件（PDF、JPG、PNG）</Button>}
      </Upload>
      {Object.entries(errors)
        .filter(([uid]) => files.some((file) => file.uid === uid))
        .map(([uid, message]) => (
          <Typography.Text key={uid} type="danger" role="alert" style={{ display: 'block' }}>
            {files.find((file) => file.uid === uid)?.name}:{message}
          </Typography.Text>
        ))}
    </div>
  );
}
