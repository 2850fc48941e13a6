import type { Store } from '../../store/connect.ts';
import { backfillIndex, type BackfillSummary } from '../credit-index/backfill-index.ts';
import { DEMO_OPERATOR } from './generate-demo.ts';

/**
 * The demo district's credit index history: once the demo is generated and a model is published, the
 * past months are reconstructed and frozen (services/credit-index/backfill-index.ts), so the index has a series to
 * show from the first start. Returns the line `demo` and `start` print.
 */
export async function seedCreditIndex(store: Store, options: { today?: string } = {}): Promise<string> {
  const summary: BackfillSummary = await backfillIndex(store.db, { operator: DEMO_OPERATOR, today: options.today });
  const closed = summary.months.filter((month) => month.outcome === 'closed').map((month) => month.month);
  if (closed.length === 0) return '信用指数：无需回溯（各月已结算或没有可评价的月份）\n';
  return `信用指数：已回溯生成 ${closed[0]} 至 ${closed.at(-1)} 共 ${closed.length} 个月的历史并冻结（${summary.evaluations} 次按月末评价，用时 ${summary.seconds} 秒）\n`;
}
