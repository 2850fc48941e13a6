import { loadCatalog, type FieldRole } from '../../catalog/catalog.ts';
import { loadProfileTagsFile } from '../../catalog/profile-tags.ts';
import type { HasRecordCondition, PolicyCondition } from './policy.ts';

/** Chinese labels of the catalog codes a condition names, and the condition itself as officials read it. */

/** "A 或 B", "A、B 或 C" for codes; "有效或质押" for Chinese words. */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const separator = /[\x21-\x7e]$/.test(items.at(-2)!) || /^[\x21-\x7e]/.test(items.at(-1)!) ? ' 或 ' : '或';
  return `${items.slice(0, -1).join('、')}${separator}${items.at(-1)}`;
}

/** A space between a Chinese word and a following code ("等级为 A"), none before Chinese ("状态为有效"). */
export function spaced(text: string): string {
  return /^[\x21-\x7e]/.test(text) ? ` ${text}` : text;
}

export function tierLabel(code: string): string {
  return loadCatalog().tiers.find((tier) => tier.code === code)?.label ?? code;
}

/** A 信用画像 tag as quoted in a sentence: “高成长”. */
export function tagLabel(code: string): string {
  return `“${loadProfileTagsFile().tags.find((tag) => tag.code === code)?.name ?? code}”`;
}

/** A ratio as people read it: 0.075 → 7.5%. */
export function percentText(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

export function kindLabel(code: string): string {
  return loadCatalog().kind(code)?.label ?? code;
}

export function incubatorName(code: string): string {
  return loadCatalog().incubators.find((incubator) => incubator.code === code)?.name ?? code;
}

/** C39 → 计算机、通信和其他电子设备制造业; C → 制造业; an unlisted division falls back to its section. */
export function industryLabel(code: string): string {
  const { industryDivisions, industrySections } = loadCatalog();
  return industryDivisions[code.slice(0, 3)] ?? industrySections[code[0]!] ?? code;
}

/** The catalog header of the kind's field with that role (专利类型, 法律状态, 项目级别 …). */
export function roleHeader(kind: string, role: FieldRole): string {
  return (
    loadCatalog()
      .kind(kind)
      ?.fields.find((field) => field.role === role)?.header ?? role
  );
}

/** What a has_record condition asks of the records, e.g. "专利类型为发明,法律状态为有效或质押,尚未到期". */
export function describeRecordFilter(condition: HasRecordCondition): string {
  const parts: string[] = [];
  if (condition.subtypeIn)
    parts.push(`${roleHeader(condition.kind, 'subtype')}为${spaced(joinOr(condition.subtypeIn))}`);
  if (condition.gradeIn) parts.push(`${roleHeader(condition.kind, 'grade')}为${spaced(joinOr(condition.gradeIn))}`);
  if (condition.statusIn) parts.push(`${roleHeader(condition.kind, 'status')}为${spaced(joinOr(condition.statusIn))}`);
  if (condition.inForce) parts.push('尚未到期');
  if (condition.withinMonths) parts.push(`近 ${condition.withinMonths} 个月内`);
  return parts.join('，');
}

export function describeNegativeKinds(kinds: string[] | null): string {
  return kinds ? kinds.map(kindLabel).join('、') : '负面';
}

/** One condition as a sentence; a group's members are numbered inside it. */
export function describeCondition(condition: PolicyCondition): string {
  switch (condition.type) {
    case 'all':
    case 'any': {
      const members = condition.conditions
        .map((member, index) => `（${index + 1}）${describeCondition(member)}`)
        .join('；');
      return `${condition.type === 'all' ? '同时满足' : '满足其一'}：${members}`;
    }
    case 'tier_in':
      return `属于梯次培育库的${joinOr(condition.tiers.map(tierLabel))}`;
    case 'grade_in':
      return `当前信用评价等级为 ${joinOr(condition.grades)}`;
    case 'industry_in':
      return `所属行业为${spaced(joinOr(condition.prefixes.map((prefix) => `${prefix} ${industryLabel(prefix)}`)))}`;
    case 'region_in':
      return `注册地行政区划代码以 ${joinOr(condition.prefixes)} 开头`;
    case 'registered_before_years':
      return `成立满 ${condition.years} 年`;
    case 'registered_within_years':
      return `成立不满 ${condition.years} 年`;
    case 'in_incubator':
      return condition.incubators ? `入驻${joinOr(condition.incubators.map(incubatorName))}` : '入驻科技创新孵化载体';
    case 'has_record': {
      const filter = describeRecordFilter(condition);
      return `有${kindLabel(condition.kind)}记录${filter ? `（${filter}）` : ''}${condition.minCount > 1 ? `至少 ${condition.minCount} 条` : ''}`;
    }
    case 'not':
      return `不满足：${describeCondition(condition.condition)}`;
    case 'has_tag':
      return `有信用画像标签${joinOr(condition.tags.map(tagLabel))}`;
    case 'lacks_tag':
      return `没有信用画像标签${condition.tags.map(tagLabel).join('、')}`;
    case 'first_recognition':
      return `近 ${condition.withinMonths} 个月内首次取得${kindLabel(condition.kind)}（此前没有同类认定）`;
    case 'rnd_intensity':
      return `近 ${condition.withinMonths} 个月内报送的研发费用占营业收入比例不低于${condition.bands
        .map((band) =>
          band.revenueBelow === null
            ? `${percentText(band.minRatio)}（其余）`
            : `${percentText(band.minRatio)}（营业收入低于 ${band.revenueBelow} 万元）`,
        )
        .join('、')}`;
    case 'revenue_growth':
      return `营业收入增长率不低于 ${percentText(condition.minRatio)}（最近两次报送，最近一次在近 ${condition.withinMonths} 个月内）`;
    case 'no_active_negative':
      return `${condition.withinMonths ? `近 ${condition.withinMonths} 个月内` : ''}无有效的${describeNegativeKinds(condition.kinds)}记录`;
  }
}

/** The conditions as lines: the members of a top-level "all" one per line, anything else one line. */
export function describeConditionLines(condition: PolicyCondition): string[] {
  return condition.type === 'all' ? condition.conditions.map(describeCondition) : [describeCondition(condition)];
}
