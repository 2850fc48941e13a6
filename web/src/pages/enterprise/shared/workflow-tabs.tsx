import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { TouchSized } from './touch-sized.tsx';

/**
 * The two halves of a workflow page on a phone: the form to file a new case and the list of the enterprise's cases.
 * The open tab is in the address (`?tab=mine`), so going back after filing returns to the list.
 */
export function WorkflowTabs({
  formLabel,
  listLabel,
  form,
  list,
}: {
  formLabel: string;
  listLabel: string;
  form: (showList: () => void) => ReactNode;
  list: ReactNode;
}) {
  const [searchParams, setSearchParams] = useSearchParams();
  const active = searchParams.get('tab') === 'mine' ? 'mine' : 'new';
  const select = (key: string) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('tab', key);
        return next;
      },
      { replace: true },
    );
  return (
    <TouchSized>
      <Tabs
        activeKey={active}
        onChange={select}
        destroyOnHidden
        items={[
          { key: 'new', label: formLabel, children: form(() => select('mine')) },
          { key: 'mine', label: listLabel, children: list },
        ]}
      />
    </TouchSized>
  );
}
