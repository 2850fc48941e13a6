import { AppError } from '../app-error.ts';

/**
 * The one answer to a lost compare-and-set race (transitionCase): someone else decided or changed the case between
 * reading and writing it. `label` names the kind of case as the user reads it (异议申请, 诉求, 贷款报送 …).
 */
export function caseChangedConflict(label: string, id: number): AppError {
  return new AppError('CONFLICT', `该${label}已被他人处理或更改（编号 ${id}），请刷新后查看最新情况`, {
    message: `case ${id} (${label}) changed concurrently`,
  });
}
