import type { FieldDefinition } from '../../catalog/catalog.ts';
import type { RecordStatus } from '../../domain/record.ts';

/**
 * 双公示 files state a decision's 当前状态 (DOMAIN.md §5). A decision that was withdrawn (撤销), cancelled (注销) or
 * declared void (无效) no longer says anything about the enterprise, so it is kept as `revoked`; 有效 is `active`.
 */
const STATUS_BY_CURRENT_STATE: Record<string, RecordStatus> = {
  有效: 'active',
  撤销: 'revoked',
  注销: 'revoked',
  无效: 'revoked',
};

const CURRENT_STATE_FIELD = 'current_status';

/**
 * The record status for a row. Other status columns (履行情况, 法律状态, 项目状态, 履约状态) describe the matter, not
 * whether the record stands: the record stays `active` and the value stays in its fields for the model to read.
 */
export function mapRecordStatus(statusField: FieldDefinition | undefined, value: unknown): RecordStatus {
  if (statusField?.key !== CURRENT_STATE_FIELD || typeof value !== 'string') return 'active';
  return STATUS_BY_CURRENT_STATE[value] ?? 'active';
}
