import { Grid, List, Table, type TableColumnsType, type TableProps } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useApi } from '../api/use-api.ts';
import { t } from '../locales/zh-CN.ts';
import { ErrorAlert } from './error-alert.tsx';
import { EmptyState } from './page-states.tsx';

export interface Page<T> {
  total: number;
  items: T[];
}

export interface PagedTableProps<T> {
  columns: TableColumnsType<T>;
  rowKey: TableProps<T>['rowKey'];
  /** Loads one page from the server (the API's `limit`/`offset` paging, answering `{ total, items }`). */
  load: (page: { limit: number; offset: number }) => Promise<Page<T>>;
  /** Search terms and filters: when one changes the table goes back to page 1 and reloads. */
  filters?: readonly unknown[];
  pageSize?: number;
  emptyText?: ReactNode;
  size?: TableProps<T>['size'];
  expandable?: TableProps<T>['expandable'];
  /** Horizontal scroll width on narrow screens. */
  scrollX?: number | string;
  /** On a phone, each row as a card instead of a table that would scroll sideways and hide columns. */
  renderCard?: (item: T) => ReactNode;
}

/** A table paged by the server: shows the total, a loading state, the API's error with retry, and an empty state. */
export function PagedTable<T extends object>({
  columns,
  rowKey,
  load,
  filters = [],
  pageSize: initialPageSize = 20,
  emptyText,
  size,
  expandable,
  scrollX,
  renderCard,
}: PagedTableProps<T>) {
  const isPhone = Grid.useBreakpoint().md === false;
  const [page, setPage] = useState({ current: 1, pageSize: initialPageSize });
  const filterKey = JSON.stringify(filters);
  useEffect(
    () => setPage((previous) => (previous.current === 1 ? previous : { ...previous, current: 1 })),
    [filterKey],
  );
  const state = useApi(
    () => load({ limit: page.pageSize, offset: (page.current - 1) * page.pageSize }),
    [page.current, page.pageSize, filterKey],
  );
  const pagination = {
    current: page.current,
    pageSize: page.pageSize,
    total: state.data?.total ?? 0,
    showTotal: (total: number) => t('table.total', { total }),
    onChange: (current: number, pageSize: number) =>
      setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
  };
  if (isPhone && renderCard) {
    return (
      <div data-loading={state.isLoading ? 'true' : undefined}>
        <ErrorAlert error={state.error} onRetry={state.reload} />
        <List<T>
          dataSource={state.data?.items ?? []}
          loading={state.isLoading}
          locale={{ emptyText: state.isLoading ? ' ' : <EmptyState description={emptyText} /> }}
          renderItem={(item) => <List.Item>{renderCard(item)}</List.Item>}
          pagination={{ ...pagination, size: 'small' }}
        />
      </div>
    );
  }
  return (
    <div data-loading={state.isLoading ? 'true' : undefined}>
      <ErrorAlert error={state.error} onRetry={state.reload} />
      <Table<T>
        rowKey={rowKey}
        columns={columns}
        dataSource={state.data?.items ?? []}
        loading={state.isLoading}
        size={size}
        expandable={expandable}
        scroll={scrollX ? { x: scrollX } : undefined}
        locale={{ emptyText: state.isLoading ? ' ' : <EmptyState description={emptyText} /> }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: state.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('table.total', { total }),
          onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
      />
    </div>
  );
}
