import { useEffect, useState } from 'react';
import { api, call, type Schemas } from './client.ts';

/**
 * The catalog (record kinds with their Chinese field headers, departments) changes only with a release: fetched once
 * per page load and shared by every component that asks.
 */
let kinds: Promise<Schemas['RecordKind'][]> | undefined;
let departments: Promise<Schemas['Department'][]> | undefined;

function loadKinds() {
  kinds ??= call(api.GET('/api/catalog/kinds')).then((body) => body.items);
  kinds.catch(() => (kinds = undefined));
  return kinds;
}

function loadDepartments() {
  departments ??= call(api.GET('/api/catalog/departments')).then((body) => body.items);
  departments.catch(() => (departments = undefined));
  return departments;
}

function useShared<T>(load: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let isCurrent = true;
    load().then(
      (loaded) => isCurrent && setValue(loaded),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [load]);
  return value;
}

export function useRecordKinds(): Schemas['RecordKind'][] | undefined {
  return useShared(loadKinds);
}

export function useDepartments(): Schemas['Department'][] | undefined {
  return useShared(loadDepartments);
}

/** The Chinese header of a record field (`decision_number` → 行政处罚决定书文号); the key itself when unknown. */
export function fieldLabel(allKinds: Schemas['RecordKind'][] | undefined, kind: string, key: string): string {
  return (
    allKinds?.find((candidate) => candidate.code === kind)?.fields.find((field) => field.key === key)?.header ?? key
  );
}
