import { Button, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { messageOf } from '../api/client.ts';

/**
 * A small danger button that asks for confirmation with a required reason (撤回原因, 撤销理由…), runs `onConfirm`
 * with the trimmed reason, and keeps the server's Chinese refusal in the pop-up instead of closing it.
 */
export function ConfirmWithReason({
  title,
  action,
  reasonLabel,
  onConfirm,
}: {
  title: string;
  /** The verb on the button and on the confirming link, e.g. 撤回. */
  action: string;
  /** What the reason is called, e.g. 撤回原因. */
  reasonLabel: string;
  onConfirm: (reason: string) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  return (
    <Popconfirm
      title={title}
      description={
        <Space direction="vertical" style={{ width: 260 }}>
          <Input.TextArea
            rows={2}
            maxLength={500}
            placeholder={`${reasonLabel}（必填）`}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-label={reasonLabel}
          />
          {error && <Typography.Text type="danger">{error}</Typography.Text>}
        </Space>
      }
      okText={action}
      cancelText="取消"
      onConfirm={async () => {
        if (!reason.trim()) {
          setError(`请填写${reasonLabel}`);
          throw new Error('reason required');
        }
        try {
          await onConfirm(reason.trim());
        } catch (failure) {
          setError(messageOf(failure));
          throw failure;
        }
      }}
    >
      <Button size="small" danger>
        {action}
      </Button>
    </Popconfirm>
  );
}
