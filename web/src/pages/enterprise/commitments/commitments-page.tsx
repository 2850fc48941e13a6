import { WorkflowTabs } from '../shared/workflow-tabs.tsx';
import { CommitmentForm } from './commitment-form.tsx';
import { CommitmentList } from './commitment-list.tsx';

/** 信用承诺 (000 §二(五)): sign a commitment from the commitment list; follow its check. */
export default function CommitmentsPage() {
  return (
    <WorkflowTabs
      formLabel="作出承诺"
      listLabel="我的承诺"
      form={(showList) => <CommitmentForm onSubmitted={showList} />}
      list={<CommitmentList />}
    />
  );
}
