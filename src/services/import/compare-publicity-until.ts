import { computePublicity, type PublicityResolver } from '../../domain/publicity.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { RowError } from './normalize-row.ts';

/** The 双公示 column in which a department states its own end of publicity (公示截止期). */
const PUBLICITY_UNTIL_FIELD = 'publicity_until';

/**
 * The file's own 公示截止期 is kept as sent and compared with the end the platform computes from the row's own
 * authority, level and decision date (catalog/publicity-rules.yaml, governing_rule): a difference is a warning on the
 * row, never an error — the platform's period governs, and the department may follow its own publicity system.
 * Null when the row states no 公示截止期, its kind has no publicity rules, or the two agree.
 */
export function comparePublicityUntil(
  resolver: PublicityResolver,
  record: NormalizedRecord,
  column: string,
  today: string,
): RowError | null {
  const stated = record.fields[PUBLICITY_UNTIL_FIELD];
  if (typeof stated !== 'string') return null;
  const window = computePublicity(
    resolver,
    {
      kind: record.kind,
      departmentCode: record.departmentCode,
      status: record.status,
      occurredOn: record.occurredOn,
      endsOn: record.endsOn,
      level: record.level,
      subtype: record.subtype,
      amount: record.amount,
      violationType: typeof record.fields.violation_type === 'string' ? record.fields.violation_type : null,
    },
    today,
  );
  if (!window || window.publicUntil === stated) return null;
  const computed = window.publicUntil ?? '移出或履行完毕前持续公示';
  const own = window.departmentWindow;
  const matchesOwn =
    own !== null && own.publicUntil === stated ? `；文件日期与部门公示系统的截止期一致（${own.regime.title}）` : '';
  return {
    row: record.sourceRow,
    column,
    reason: `文件的公示截止期 ${stated} 与本平台计算的 ${computed} 不一致（${window.level},${window.regime.title} ${window.regime.reference}），本平台按计算结果公示${matchesOwn}`,
  };
}
