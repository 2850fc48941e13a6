import { useSearchParams } from 'react-router';

/**
 * A list page's search and filters kept in the address, so a link or a reload shows the same list: the current value
 * of each named parameter ('' when absent) and a setter that replaces the history entry and drops an empty value.
 */
export function useUrlFilters<Name extends string>(
  names: readonly Name[],
): [Record<Name, string>, (name: Name, value: string | undefined) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = Object.fromEntries(names.map((name) => [name, searchParams.get(name) ?? ''])) as Record<Name, string>;
  const setFilter = (name: Name, value: string | undefined) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearchParams(next, { replace: true });
  };
  return [filters, setFilter];
}
