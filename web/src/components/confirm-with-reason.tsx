import { Button, Input, Popconfirm, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { messageOf } from '../api/client.ts';

/**
 * A small danger button that asks for confirmation with a required reason (撤回原因, 撤销理由…): the confirming button
 * stays disabled until a reason is written; `onConfirm` runs with the trimmed reason, and a refusal from the server is
 * shown in the pop-up, which stays open. The failure is caught here, not rethrown: a promise rejected from antd's
 * onConfirm surfaces as an uncaught page error.
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
  const [isOpen, setIsOpen] = useState(false);
  // Set when onConfirm failed: antd closes the pop-up after onConfirm settles, and the refusal must stay readable.
  const keepOpen = useRef(false);
  return (
    <Popconfirm
      open={isOpen}
      onOpenChange={(next) => {
        if (!next && keepOpen.current) {
          keepOpen.current = false;
          return;
        }
        setIsOpen(next);
        if (next) setError(undefined);
      }}
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
      okButtonProps={{ disabled: !reason.trim() }}
      cancelText="取消"
      onConfirm={async () => {
        try {
          await onConfirm(reason.trim());
        } catch (failure) {
          setError(messageOf(failure));
          keepOpen.current = true;
        }
      }}
    >
      <Button size="small" danger>
        {action}
      </Button>
    </Popconfirm>
  );
}
