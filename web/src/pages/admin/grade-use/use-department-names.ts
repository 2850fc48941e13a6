import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';

/** A department's short name by its catalog code (the code itself until the catalog has loaded). */
export function useDepartmentNames(): (code: string) => string {
  const departments = useApi(() => call(api.GET('/api/catalog/departments')), []);
  return (code) => departments.data?.items.find((department) => department.code === code)?.shortName ?? code;
}
