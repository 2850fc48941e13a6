import { WorkflowTabs } from '../shared/workflow-tabs.tsx';
import { ObjectionForm } from './objection-form.tsx';
import { ObjectionList } from './objection-list.tsx';

/** 异议申请 (001 §二(四)): contest a record or the grade; follow the deadline and the result. */
export default function ObjectionsPage() {
  return (
    <WorkflowTabs
      formLabel="提出异议"
      listLabel="我的异议"
      form={(showList) => <ObjectionForm onSubmitted={showList} />}
      list={<ObjectionList />}
    />
  );
}
