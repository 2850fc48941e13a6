import { useMemo } from 'react';
import { useDepartments as useCatalogDepartments } from '../../../api/use-catalog.ts';

/** The catalog's departments as select options (filters, transfers) and a code → name map (histories, forms). */
export function useDepartmentChoices() {
  const departments = useCatalogDepartments();
  return useMemo(
    () => ({
      options: (departments ?? []).map((department) => ({ value: department.code, label: department.name })),
      names: new Map((departments ?? []).map((department) => [department.code, department.name])),
    }),
    [departments],
  );
}
