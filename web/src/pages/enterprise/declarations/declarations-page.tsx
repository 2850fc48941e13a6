import { WorkflowTabs } from '../shared/workflow-tabs.tsx';
import { DeclarationForm } from './declaration-form.tsx';
import { DeclarationList } from './declaration-list.tsx';

/** 自主申报 (001 §二(二)): declare an honour, a qualification or other positive information; follow the review. */
export default function DeclarationsPage() {
  return (
    <WorkflowTabs
      formLabel="新申报"
      listLabel="我的申报"
      form={(showList) => <DeclarationForm onSubmitted={showList} />}
      list={<DeclarationList />}
    />
  );
}
