import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import type { EnterpriseInput } from '../../services/enterprises/enterprise.ts';
import { registerEnterprises, type RegisterOutcome } from '../../services/enterprises/register-enterprises.ts';
import { printJson, type Command } from '../command.ts';

const OUTCOME_LABELS: Record<RegisterOutcome, string> = {
  registered: '已登记',
  updated: '已更新',
  unchanged: '无变化',
  rejected: '被拒绝',
};

/** The enterprises of a JSON file: an array of inputs, one input, or { enterprises: [...] }. */
function readInputFile(file: string): EnterpriseInput[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('INVALID_INPUT', `无法读取文件 ${file}：${(error as Error).message}`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('INVALID_INPUT', `文件 ${file} 不是有效的 JSON:${(error as Error).message}`, { cause: error });
  }
  const list = Array.isArray(parsed) ? parsed : ((parsed as { enterprises?: unknown })?.enterprises ?? parsed);
  const items = Array.isArray(list) ? list : [list];
  if (items.some((item) => item === null || typeof item !== 'object' || Array.isArray(item))) {
    throw new AppError('INVALID_INPUT', `文件 ${file} 应为企业对象的数组（每项含 uscc、name 等字段）`);
  }
  return items as EnterpriseInput[];
}

/** `xinping enterprise register`: registers or updates enterprises from a JSON file or from flags, with full validation. */
export const enterpriseRegisterCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: {
        file: { type: 'string' },
        operator: { type: 'string' },
        json: { type: 'boolean', default: false },
        uscc: { type: 'string' },
        name: { type: 'string' },
        'legal-representative': { type: 'string' },
        industry: { type: 'string' },
        region: { type: 'string' },
        'registered-on': { type: 'string' },
        status: { type: 'string' },
        tiers: { type: 'string' },
        incubator: { type: 'string' },
      },
    });
    if (values.operator === undefined || (values.file === undefined) === (values.uscc === undefined)) {
      context.stderr.write(`须给出 --operator，以及 --file 或 --uscc 之一\n用法： xinping ${context.usage}\n`);
      return 2;
    }
    const inputs: EnterpriseInput[] = values.file
      ? readInputFile(values.file)
      : [
          {
            uscc: values.uscc!,
            name: values.name,
            legalRepresentative: values['legal-representative'],
            industryCode: values.industry,
            regionCode: values.region,
            registeredOn: values['registered-on'],
            status: values.status,
            tiers: values.tiers,
            incubator: values.incubator,
          },
        ];
    const { db } = await context.store();
    const result = await registerEnterprises(db, values.operator, inputs);
    if (values.json) {
      printJson(context, result);
    } else {
      for (const item of result.items) {
        context.stdout.write(`第${item.index}项 ${item.uscc}：${OUTCOME_LABELS[item.outcome]}\n`);
        for (const error of item.errors) context.stdout.write(`  错误 ${error.label}：${error.reason}\n`);
        for (const warning of item.warnings) context.stdout.write(`  提示 ${warning}\n`);
      }
      context.stdout.write(
        `共 ${result.items.length} 项：新登记 ${result.registered}，更新 ${result.updated}，无变化 ${result.unchanged}，被拒绝 ${result.rejected}\n`,
      );
    }
    return result.rejected > 0 ? 1 : 0;
  },
};
