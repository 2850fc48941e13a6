import { parseArgs } from 'node:util';
import { RECORD_STATUS_LABELS, type RecordStatus } from '../../domain/record.ts';
import { showEnterprise, type EnterpriseView } from '../../services/enterprises/show-enterprise.ts';
import { printJson, type Command, type CommandContext } from '../command.ts';

function printSummary(context: CommandContext, view: EnterpriseView): void {
  const lines: Array<[string, string | null]> = [
    [
      '统一社会信用代码',
      `${view.uscc}${view.entity_type ? `(${view.entity_type.authority} · ${view.entity_type.entityType})` : ''}`,
    ],
    ['代码提示', view.uscc_warning],
    ['法定代表人', view.legal_representative],
    ['所属行业', view.industry_code ? `${view.industry_code} ${view.industry_label ?? ''}`.trim() : null],
    ['区划代码', view.region_code],
    ['成立日期', view.registered_on],
    ['登记状态', view.status],
    ['科创层级', view.tier_labels.length > 0 ? view.tier_labels.join('、') : null],
    ['孵化载体', view.incubator_code ? `${view.incubator_code} ${view.incubator_name ?? ''}`.trim() : null],
    ['信用等级', view.grade ?? '-（尚未评价）'],
    ['登记来源', view.source === 'registry' ? '企业登记库' : '部门报送记录（尚未在登记库登记）'],
  ];
  context.stdout.write(`${view.name}\n`);
  for (const [label, value] of lines) if (value) context.stdout.write(`  ${label}：${value}\n`);
  context.stdout.write(`信用记录 ${view.records.length} 条${view.records.length > 0 ? ':' : ''}\n`);
  for (const record of view.records) {
    const parts = [
      record.occurred_on ?? '日期不详',
      record.kind_label,
      record.department_name,
      record.level,
      record.subtype,
      record.grade,
      record.amount === null ? null : `${record.amount} 万元`,
      RECORD_STATUS_LABELS[record.status as RecordStatus] ?? record.status,
    ].filter((part) => part !== null && part !== '');
    const provenance = [
      `第 ${record.version} 版`,
      record.batch_id === null ? null : `批次 ${record.batch_id}`,
      record.source_row === null ? null : `第 ${record.source_row} 行`,
    ]
      .filter(Boolean)
      .join('，');
    context.stdout.write(`  [${record.id}] ${parts.join(' · ')}(${provenance})\n`);
  }
}

/** `xinping enterprise show USCC [--json]`: the enterprise and its records, personal data masked. */
export const enterpriseShowCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) {
      context.stderr.write(`请给出一个统一社会信用代码\n用法： xinping ${context.usage}\n`);
      return 2;
    }
    const { db } = await context.store();
    const view = await showEnterprise(db, positionals[0]);
    if (values.json) printJson(context, view);
    else printSummary(context, view);
    return 0;
  },
};
