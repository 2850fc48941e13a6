import { parseArgs } from 'node:util';
import { districtDateTimeOf } from '../../domain/district-date.ts';
import { listHolidayYears } from '../../services/calendar/list-holiday-years.ts';
import { printJson, type Command } from '../command.ts';

/** `xinping working-days list`: the loaded years of the holiday calendar, who loaded each and when. */
export const workingDaysListCommand: Command = {
  async run(context) {
    const { values } = parseArgs({ args: context.args, options: { json: { type: 'boolean', default: false } } });
    const store = await context.store();
    const listing = await listHolidayYears(store.db);
    if (values.json) {
      printJson(context, listing);
      return 0;
    }
    context.stdout.write(`节假日日历覆盖至：${listing.lastCoveredDay ?? '（尚未载入任何年度）'}\n`);
    for (const year of listing.years) {
      // Read by an official: the person's name and the district's time, not the account and a UTC timestamp.
      const loadedAt = districtDateTimeOf(year.loadedAt).slice(0, 16).replace('T', ' ');
      const by = year.source === 'catalog' ? '随平台发布' : `${year.loadedByName} 于 ${loadedAt} 载入`;
      context.stdout.write(`  ${year.year} 年 ${year.referenceText}${year.isConfirmed ? '' : '（未核实）'}：${by}\n`);
    }
    return 0;
  },
};
