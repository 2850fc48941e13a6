import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Result, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas, messageOf } from '../../../api/client.ts';
import { useDepartments, useRecordKinds } from '../../../api/use-catalog.ts';
import { useSession } from '../../../auth/session.tsx';
import { formatDateTime } from '../../../components/district-time.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { JobProgress, usePollJob, type JobState } from '../../../components/job-progress.tsx';
import { ImportPreview } from './import-preview.tsx';
import { readFileBase64 } from '../../../api/read-file-base64.ts';

type Preview = Schemas['ImportPreview'];
type Job = Schemas['ImportJob'];

/**
 * Upload → preview → commit with progress → result. Nothing is stored until the department commits; a file with
 * errors can be fixed and uploaded again, or only its valid rows committed (the others go to a rejection file).
 */
export function UploadCard({ onImported }: { onImported: () => void }) {
  const { user } = useSession();
  const departments = useDepartments();
  const kinds = useRecordKinds();
  const isAdmin = user?.role === 'admin';
  const [departmentCode, setDepartmentCode] = useState<string | undefined>(
    isAdmin ? undefined : (user?.departmentCode ?? undefined),
  );
  const [kind, setKind] = useState<string>();
  const [preview, setPreview] = useState<Preview>();
  const [isUploading, setIsUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string>();
  const [job, setJob] = useState<Job>();
  const [commitError, setCommitError] = useState<string>();

  const polled = usePollJob(
    () => call(api.GET('/api/imports/jobs/{id}', { params: { path: { id: job!.id } } })) as Promise<Job & JobState>,
    {
      enabled: job !== undefined,
      key: job?.id,
      onFinished: () => onImported(),
    },
  ) as (Job & JobState) | undefined;

  const ownDepartment = departments?.find((department) => department.code === user?.departmentCode);
  const sendableKinds = kinds?.filter((candidate) => !departmentCode || candidate.departments.includes(departmentCode));

  const upload = async (file: File) => {
    setUploadError(undefined);
    setPreview(undefined);
    setJob(undefined);
    if (isAdmin && !departmentCode) {
      setUploadError('请先选择报送单位');
      return;
    }
    setIsUploading(true);
    try {
      const contentBase64 = await readFileBase64(file);
      setPreview(
        await call(
          api.POST('/api/imports/uploads', {
            body: { fileName: file.name, contentBase64, departmentCode: isAdmin ? departmentCode : undefined, kind },
          }),
        ),
      );
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : String(error));
    } finally {
      setIsUploading(false);
    }
  };

  const commit = async (mode: 'all-or-nothing' | 'accept-valid') => {
    setCommitError(undefined);
    try {
      setJob(
        await call(
          api.POST('/api/imports/uploads/{id}/commit', { params: { path: { id: preview!.uploadId } }, body: { mode } }),
        ),
      );
    } catch (error) {
      setCommitError(messageOf(error));
    }
  };

  const reset = () => {
    setPreview(undefined);
    setJob(undefined);
    setUploadError(undefined);
    setCommitError(undefined);
  };

  const current = polled ?? (job as (Job & JobState) | undefined);
  const isRunning = current?.status === 'running';

  return (
    <Card title="上传报送文件">
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label="报送单位" required>
            {isAdmin ? (
              <Select
                style={{ width: 240 }}
                placeholder="选择报送单位"
                value={departmentCode}
                onChange={(value) => {
                  setDepartmentCode(value);
                  setKind(undefined);
                }}
                loading={!departments}
                showSearch
                optionFilterProp="label"
                options={departments?.map((department) => ({ value: department.code, label: department.name }))}
                aria-label="报送单位"
              />
            ) : (
              <Typography.Text strong>{ownDepartment?.name ?? user?.departmentCode}</Typography.Text>
            )}
          </Form.Item>
          <Form.Item label="记录类别">
            <Select
              style={{ width: 220 }}
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="按表头自动识别"
              value={kind}
              onChange={setKind}
              options={sendableKinds?.map((candidate) => ({ value: candidate.code, label: candidate.label }))}
              aria-label="记录类别"
            />
          </Form.Item>
          <Form.Item>
            {kind ? (
              <ExportButton
                fileName={`${sendableKinds?.find((candidate) => candidate.code === kind)?.label ?? ''}报送模板.xlsx`}
                request={() =>
                  api.GET('/api/imports/templates/{kind}', { params: { path: { kind } }, parseAs: 'blob' })
                }
              >
                下载报送模板
              </ExportButton>
            ) : (
              <Typography.Text type="secondary">选择记录类别后可下载该类的报送模板</Typography.Text>
            )}
          </Form.Item>
        </Form>
        {!preview && (
          <Upload.Dragger
            accept=".xlsx,.csv,.json,.ndjson,.txt"
            multiple={false}
            showUploadList={false}
            disabled={isUploading}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {isUploading ? '正在上传并校验…' : '点击或拖入 Excel(.xlsx)、CSV 或 JSON 文件'}
            </p>
            <p className="ant-upload-hint">
              使用国家“双公示”标准表头；上传后先预览与校验，确认后才入库。单个文件不超过 20 MB。
            </p>
          </Upload.Dragger>
        )}
        {uploadError && <Alert type="error" showIcon role="alert" message="文件未通过检查" description={uploadError} />}
        {preview && !current && (
          <>
            <ImportPreview preview={preview} />
            <Space wrap>
              <Button
                type="primary"
                disabled={preview.errorCount > 0 || preview.totalRows === 0}
                onClick={() => commit('all-or-nothing')}
              >
                全部入库（{preview.totalRows} 行）
              </Button>
              {preview.errorCount > 0 && preview.validRows > 0 && (
                <Button onClick={() => commit('accept-valid')}>只导入正确的 {preview.validRows} 行</Button>
              )}
              <Button onClick={reset}>重新选择文件</Button>
            </Space>
            {commitError && <Alert type="error" showIcon role="alert" message={commitError} />}
          </>
        )}
        {current && (
          <>
            <Typography.Text type="secondary" data-testid="import-started-by">
              {current.startedByName} 于 {formatDateTime(current.startedAt)} 发起导入“{current.fileName}”
            </Typography.Text>
            <JobProgress job={current} unit="行" />
            {!isRunning && (
              <div data-testid="import-result">
                <ImportOutcome job={current} onAgain={reset} />
              </div>
            )}
          </>
        )}
      </Space>
    </Card>
  );
}

function ImportOutcome({ job, onAgain }: { job: Job; onAgain: () => void }) {
  const result = job.result;
  const again = (
    <Button key="again" onClick={onAgain}>
      继续上传
    </Button>
  );
  if (job.status === 'failed' || !result)
    return <Result status="error" title="导入失败" subTitle={job.message} extra={[again]} />;
  const download = result.hasRejectionFile ? (
    <ExportButton
      key="rejections"
      fileName={`${job.fileName}.拒收`}
      request={() =>
        api.GET('/api/imports/batches/{id}/rejections', { params: { path: { id: result.batchId } }, parseAs: 'blob' })
      }
    >
      下载拒收文件
    </ExportButton>
  ) : null;
  if (result.status === 'rejected') {
    return (
      <Result
        status="warning"
        title={`批次 ${result.batchId} 整批未入库`}
        subTitle={result.reason}
        extra={[download, again]}
      />
    );
  }
  return (
    <Result
      status="success"
      title={`批次 ${result.batchId} 已入库`}
      subTitle={`新增 ${result.created} 条，更新 ${result.updated} 条，未变 ${result.unchanged} 条${result.rejected > 0 ? `，拒收 ${result.rejected} 行` : ''}；涉及的企业已重新评价。`}
      extra={[download, again]}
    />
  );
}
