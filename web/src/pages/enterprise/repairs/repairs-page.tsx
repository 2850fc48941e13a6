import { WorkflowTabs } from '../shared/workflow-tabs.tsx';
import { RepairList } from './repair-list.tsx';
import { RepairTargets } from './repair-targets.tsx';

/** 信用修复 (001 §二(四)): which records can be repaired and when; apply; follow the review. */
export default function RepairsPage() {
  return (
    <WorkflowTabs
      formLabel="申请修复"
      listLabel="我的申请"
      form={(showList) => <RepairTargets onSubmitted={showList} />}
      list={<RepairList />}
    />
  );
}
