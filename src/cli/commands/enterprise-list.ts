import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { DEFAULT_PAGE_SIZE, listEnterprises } from '../../services/enterprises/list-enterprises.ts';
import { printJson, type Command } from '../command.ts';

function readInteger(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new AppError('INVALID_INPUT', `${name} 应为非负整数，实际为“${text}”`);
  return Number(text);
}

/** `xinping enterprise list`: USCC, name and grade, a page at a time; `--query` matches a USCC prefix or part of the name. */
export const enterpriseListCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: {
        json: { type: 'boolean', default: false },
        query: { type: 'string' },
        limit: { type: 'string' },
        offset: { type: 'string' },
      },
    });
    const { db } = await context.store();
    const listing = await listEnterprises(db, {
      query: values.query,
      limit: readInteger(values.limit, '--limit'),
      offset: readInteger(values.offset, '--offset'),
    });
    if (values.json) {
      printJson(context, listing);
      return 0;
    }
    for (const item of listing.items) context.stdout.write(`${item.uscc}\t${item.name}\t${item.grade ?? '-'}\n`);
    const offset = readInteger(values.offset, '--offset') ?? 0;
    const shown = listing.items.length === 0 ? '' : `，显示第 ${offset + 1}–${offset + listing.items.length} 家`;
    const more =
      offset + listing.items.length < listing.total
        ? `（下一页：--offset ${offset + listing.items.length} --limit ${values.limit ?? DEFAULT_PAGE_SIZE}）`
        : '';
    context.stdout.write(`共 ${listing.total} 家企业${shown}${more}\n`);
    return 0;
  },
};
