import { DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { LIST_OPTIONS } from './task-terms.ts';

export type ListCode = '000' | '001';

/** The statistics date (default today) and the task list the board pages read; the date is kept as YYYY-MM-DD. */
export function BoardFilters({
  date,
  onDate,
  list,
  onList,
}: {
  date: string | undefined;
  onDate: (date: string | undefined) => void;
  list: ListCode | undefined;
  onList: (list: ListCode | undefined) => void;
}) {
  return (
    <>
      <DatePicker
        value={date ? dayjs(date) : null}
        onChange={(value) => onDate(value ? value.format('YYYY-MM-DD') : undefined)}
        placeholder="统计日期（默认今天）"
        style={{ width: 180 }}
        aria-label="统计日期"
      />
      <Select
        allowClear
        placeholder="全部清单"
        style={{ width: 260 }}
        options={LIST_OPTIONS}
        value={list}
        onChange={onList}
        aria-label="任务清单"
      />
    </>
  );
}
