import { Alert, Checkbox, Input, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../../api/client.ts';
import type { Commitment } from './commitment-checks-page.tsx';
import { useSubmit } from '../../../components/use-submit.ts';

export interface CheckOutcome {
  item: Commitment;
  isKept: boolean;
  decision: Schemas['WorkflowDecision'];
}

/** The check of one commitment: kept or broken (a broken one may be found false), with what the check found. */
export function CheckCommitmentDialog({
  item,
  title,
  onCancel,
  onChecked,
}: {
  item: Commitment;
  title: string;
  onCancel: () => void;
  onChecked: (outcome: CheckOutcome) => void;
}) {
  const [action, setAction] = useState<'keep' | 'break'>();
  const [isFalse, setIsFalse] = useState(false);
  const [evidence, setEvidence] = useState('');
  const { run, isBusy, error, setError } = useSubmit();
  const submit = async () => {
    if (!action) return setError('请选择核查结果');
    if (!evidence.trim()) return setError('请填写核查依据与结果');
    await run(async () => {
      const decision = await call(
        api.POST('/api/commitments/{id}/check', {
          params: { path: { id: item.id } },
          body: { action, evidence: evidence.trim(), ...(action === 'break' ? { isFalse } : {}) },
        }),
      );
      onChecked({ item, isKept: action === 'keep', decision });
    });
  };
  return (
    <Modal
      open
      title="核查信用承诺"
      okText="确认核查结果"
      cancelText="取消"
      okButtonProps={{ loading: isBusy, danger: action === 'break' }}
      onOk={submit}
      onCancel={onCancel}
      destroyOnClose
    >
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Text>
          {item.enterpriseName}（{item.uscc}）
          <br />
          {title}
        </Typography.Text>
        <Radio.Group
          value={action}
          onChange={(event) => setAction(event.target.value as 'keep' | 'break')}
          aria-label="核查结果"
          options={[
            { value: 'keep', label: '已履行' },
            { value: 'break', label: '未履行' },
          ]}
        />
        {action === 'break' && (
          <Checkbox checked={isFalse} onChange={(event) => setIsFalse(event.target.checked)}>
            认定为虚假承诺
          </Checkbox>
        )}
        <Input.TextArea
          rows={4}
          maxLength={4000}
          placeholder="核查依据与结果（必填），如：2026 年第四季度随机抽查，现场核实承诺事项已落实"
          value={evidence}
          onChange={(event) => setEvidence(event.target.value)}
          aria-label="核查依据与结果"
        />
        {error && <Alert type="error" showIcon role="alert" message={error} />}
      </Space>
    </Modal>
  );
}
