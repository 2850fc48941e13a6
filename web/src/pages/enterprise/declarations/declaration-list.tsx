import { Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { AsyncContent } from '../../../components/async-content.tsx';
import { EmptyState } from '../../../components/page-states.tsx';
import { CaseList } from '../shared/case-list.tsx';

interface DeclaredFields {
  kind?: string;
  values?: Record<string, string | number | null>;
}

/** The enterprise's declarations, newest first: what was declared, the review state and the reviewer's reason. */
export function DeclarationList() {
  const state = useApi(async () => {
    const [declarations, kinds] = await Promise.all([
      call(api.GET('/api/declarations')),
      call(api.GET('/api/enterprise-portal/declarable-kinds')),
    ]);
    return { items: declarations.items, kinds: new Map(kinds.items.map((kind) => [kind.code, kind])) };
  }, []);
  return (
    <AsyncContent state={state} empty={<EmptyState description="还没有自主申报" />}>
      {({ items, kinds }) => {
        /** The declared values in the kind's field order (the database keeps JSON keys in its own order). */
        const valuesOf = (item: (typeof items)[number]) => {
          const declared = (item.details.fields ?? {}) as DeclaredFields;
          const values = declared.values ?? {};
          const headers = kinds.get(declared.kind ?? '')?.fields.map((field) => field.header) ?? Object.keys(values);
          return {
            label: kinds.get(declared.kind ?? '')?.label ?? '自主申报',
            entries: headers
              .filter((header) => values[header] !== undefined && values[header] !== null && values[header] !== '')
              .map((header) => [header, values[header]] as const),
          };
        };
        return (
          <CaseList
            label="我的申报"
            items={items}
            titleOf={(item) => {
              const { label, entries } = valuesOf(item);
              return `${label}：${entries[0]?.[1] ?? item.id}`;
            }}
            extraOf={(item) => {
              const rest = valuesOf(item).entries.slice(1);
              return rest.length > 0 ? (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, overflowWrap: 'anywhere' }}>
                  {rest.map(([header, value]) => `${header} ${value}`).join(' · ')}
                </Typography.Text>
              ) : null;
            }}
          />
        );
      }}
    </AsyncContent>
  );
}
