import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDate } from './parse-date.ts';

function dateOf(value: unknown): string {
  const parsed = parseDate(value);
  assert.ok('date' in parsed, `expected a date for ${String(value)}, got ${JSON.stringify(parsed)}`);
  return parsed.date;
}

function errorOf(value: unknown): string {
  const parsed = parseDate(value);
  assert.ok('error' in parsed, `expected an error for ${String(value)}, got ${JSON.stringify(parsed)}`);
  return parsed.error;
}

describe('reading dates as departments write them', () => {
  test('slashes, dashes, dots, compact digits and Chinese year-month-day all read as the same day', () => {
    for (const written of [
      '2024/5/20',
      '2024-05-20',
      '2024.5.20',
      '20240520',
      '2024年5月20日',
      ' 2024 年 5 月 20 日 ',
      '2024-05-20 00:00:00',
    ]) {
      assert.equal(dateOf(written), '2024-05-20', written);
    }
  });

  test('an eight-digit number is a yyyymmdd date, not an Excel serial', () => {
    assert.equal(dateOf(20240520), '2024-05-20');
    assert.equal(dateOf('20240520'), '2024-05-20');
  });

  test('Excel serial numbers, as numbers or numeric text, read as their calendar day', () => {
    assert.equal(dateOf(45432), '2024-05-20');
    assert.equal(dateOf('45432'), '2024-05-20');
    assert.equal(dateOf(45432.75), '2024-05-20');
    assert.equal(dateOf(1), '1900-01-01');
    assert.equal(dateOf(59), '1900-02-28');
    assert.equal(dateOf(61), '1900-03-01');
    assert.equal(dateOf(2958465), '9999-12-31');
  });

  test("Excel's phantom 1900-02-29 and serials out of range are errors", () => {
    assert.match(errorOf(60), /1900-02-29/);
    assert.match(errorOf(0), /Excel 日期序号/);
    assert.match(errorOf('2958466'), /Excel 日期序号/);
  });

  test('dates from the spreadsheet reader keep their day whatever the time zone', () => {
    assert.equal(dateOf(new Date(Date.UTC(2024, 4, 20))), '2024-05-20');
  });

  test('impossible dates are refused with the reason', () => {
    assert.match(errorOf('2024-02-30'), /2024年2月没有30日/);
    assert.match(errorOf('2023-02-29'), /2023年2月没有29日/);
    assert.match(errorOf('2024/13/1'), /月份 13 不存在/);
    assert.match(errorOf('20241301'), /月份 13 不存在/);
    assert.match(errorOf('2024-04-31'), /没有31日/);
    assert.equal(dateOf('2024-02-29'), '2024-02-29');
    assert.equal(dateOf('2000-02-29'), '2000-02-29');
    assert.match(errorOf('1900-02-29'), /1900年2月没有29日/);
  });

  test('text that is not a date says which formats are understood', () => {
    assert.match(errorOf('五月二十日'), /不是可识别的日期/);
    assert.match(errorOf('2024-5'), /不是可识别的日期/);
  });

  test('2099/12/31 and 长期 both mean the decision has no end', () => {
    assert.deepEqual(parseDate('2099/12/31'), { date: '2099-12-31', longTerm: true });
    assert.deepEqual(parseDate('长期'), { date: '2099-12-31', longTerm: true });
    assert.deepEqual(parseDate('2099-12-30'), { date: '2099-12-30', longTerm: false });
  });
});
