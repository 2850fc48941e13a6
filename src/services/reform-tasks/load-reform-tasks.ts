import { loadCatalog, type Catalog } from '../../catalog/catalog.ts';
import { loadReformTasksFile, type ReformTasksFile } from '../../catalog/reform-tasks.ts';
import { loadWorkflowDeadlinesFile, workflowDeadlineValuesOn } from '../../catalog/workflow-deadlines.ts';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import { readableReference } from '../../domain/readable-reference.ts';

/** A department named in a task, as the catalog knows it. */
export interface TaskUnit {
  code: string;
  name: string;
  shortName: string;
}

export interface ReformTask {
  code: string;
  listCode: string;
  sequence: number;
  phase: string;
  mainTask: string;
  clause: string;
  /** The clause as a person reads it (readable-reference.ts). */
  clauseText: string;
  text: string;
  /** The units as the seed writes them. */
  leadText: string;
  responsibleText: string;
  lead: TaskUnit[];
  responsible: TaskUnit[];
  /** Collective terms in the responsible units (区直各有关单位, 等有关部门 …): shown, but they name no department. */
  responsibleOthers: string[];
  deadlineText: string;
  /** YYYY-MM-DD, or null for 持续推进 (no deadline). */
  deadline: string | null;
}

export interface ReformTaskList {
  code: string;
  title: string;
  document: string;
  reference: string;
  office: string;
  officeReference: string;
  phases: Array<{ name: string; period: string; reference: string }>;
  tasks: ReformTask[];
}

export interface ReformTaskCatalog {
  lists: ReformTaskList[];
  tasks: ReformTask[];
  task(code: string): ReformTask | undefined;
  /** A task not done whose deadline is at most this many working days away is 临期 (catalog/workflow-deadlines.yaml). */
  atRiskWorkingDays: number;
  atRiskReference: string;
}

const DEADLINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日前$/;
const CONTINUOUS = '持续推进';

/** "2024年4月30日前" → 2024-04-30; "持续推进" → null; anything else is refused. */
export function parseTaskDeadline(text: string): string | null | undefined {
  if (text === CONTINUOUS) return null;
  const match = DEADLINE.exec(text);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Validates catalog/reform-tasks.yaml and resolves every unit name to a catalog department (by full name, short name
 * or short name without 区, as the policy documents write them); each problem names the task and the field.
 */
export function parseReformTasks(
  raw: ReformTasksFile,
  catalog: Pick<Catalog, 'department'>,
  settings: { atRiskWorkingDays: number; atRiskReference: string },
): ReformTaskCatalog {
  const file = 'catalog/reform-tasks.yaml';
  const collective = new Set<string>((raw?.collective_units ?? []).map(String));
  const othersSuffix = String(raw?.others_suffix ?? '');
  if (!Array.isArray(raw?.lists) || raw.lists.length === 0)
    throw new AppError('INTERNAL', `${file}：缺少 lists（任务清单）`);
  const seen = new Set<string>();
  const lists: ReformTaskList[] = raw.lists.map((list: any, listIndex: number): ReformTaskList => {
    const listAt = `${file} 第 ${listIndex + 1} 份清单`;
    for (const field of ['code', 'title', 'document', 'reference', 'office', 'office_reference']) {
      if (typeof list?.[field] !== 'string' || !list[field].trim())
        throw new AppError('INTERNAL', `${listAt}：缺少 ${field}`);
    }
    const phases = (list.phases ?? []).map((phase: any) => ({
      name: String(phase.name),
      period: String(phase.period),
      reference: String(phase.reference),
    }));
    if (phases.length === 0) throw new AppError('INTERNAL', `${listAt}(${list.code})：缺少 phases（实施阶段）`);
    const sequences = new Set<number>();
    const tasks = (list.tasks ?? []).map((task: any): ReformTask => {
      const at = `${file} 任务 ${String(task?.code)}`;
      const code = String(task?.code ?? '');
      const sequence = Number(task?.sequence);
      if (!Number.isInteger(sequence) || sequence < 1)
        throw new AppError('INTERNAL', `${at}：sequence（序号）应为正整数`);
      if (code !== `${list.code}-${String(sequence).padStart(2, '0')}`)
        throw new AppError(
          'INTERNAL',
          `${at}：code 应为“清单编号-两位序号”，即 ${list.code}-${String(sequence).padStart(2, '0')}`,
        );
      if (seen.has(code) || sequences.has(sequence)) throw new AppError('INTERNAL', `${at}：任务编号或序号重复`);
      seen.add(code);
      sequences.add(sequence);
      if (!phases.some((phase: { name: string }) => phase.name === task.phase))
        throw new AppError('INTERNAL', `${at}：phase“${String(task.phase)}”不是本清单的实施阶段`);
      for (const field of ['main_task', 'clause', 'text', 'lead', 'responsible', 'deadline']) {
        if (typeof task[field] !== 'string' || !task[field].trim())
          throw new AppError('INTERNAL', `${at}：缺少 ${field}`);
      }
      const deadline = parseTaskDeadline(task.deadline);
      if (deadline === undefined)
        throw new AppError('INTERNAL', `${at}：deadline“${task.deadline}”应为“YYYY年M月D日前”或“持续推进”`);
      const lead = resolveUnits(task.lead, 'lead', at);
      if (lead.others.length > 0)
        throw new AppError('INTERNAL', `${at}：lead（牵头单位）必须是具体部门，不能是“${lead.others.join('、')}”`);
      const responsible = resolveUnits(task.responsible, 'responsible', at);
      return {
        code,
        listCode: list.code,
        sequence,
        phase: task.phase,
        mainTask: task.main_task,
        clause: task.clause,
        clauseText: readableReference(task.clause),
        text: task.text,
        leadText: task.lead,
        responsibleText: task.responsible,
        lead: lead.units,
        responsible: responsible.units,
        responsibleOthers: responsible.others,
        deadlineText: task.deadline,
        deadline,
      };
    });
    return {
      code: list.code,
      title: list.title,
      document: list.document,
      reference: list.reference,
      office: list.office,
      officeReference: list.office_reference,
      phases,
      tasks,
    };
  });

  function resolveUnits(text: string, field: string, at: string): { units: TaskUnit[]; others: string[] } {
    const units: TaskUnit[] = [];
    const others: string[] = [];
    for (let name of text.split('、').map((part) => part.trim())) {
      if (collective.has(name)) {
        others.push(name);
        continue;
      }
      if (othersSuffix && name.endsWith(othersSuffix)) {
        others.push(othersSuffix);
        name = name.slice(0, -othersSuffix.length);
      }
      const department = catalog.department(name);
      if (!department)
        throw new AppError('INTERNAL', `${at}：${field} 中的单位“${name}”不在 catalog/departments.yaml 中`);
      if (!units.some((unit) => unit.code === department.code))
        units.push({ code: department.code, name: department.name, shortName: department.shortName });
    }
    return { units, others };
  }

  const tasks = lists.flatMap((list) => list.tasks);
  const byCode = new Map(tasks.map((task) => [task.code, task]));
  return { lists, tasks, task: (code) => byCode.get(code), ...settings };
}

let cached: ReformTaskCatalog | undefined;

export function loadReformTasks(): ReformTaskCatalog {
  if (cached) return cached;
  // The margin as in force today; a board as of another day reads that day's (build-task-board.ts).
  const atRisk = workflowDeadlineValuesOn(
    loadWorkflowDeadlinesFile(),
    todayInDistrict(),
  ).reform_task_at_risk_working_days;
  cached = parseReformTasks(loadReformTasksFile(), loadCatalog(), {
    atRiskWorkingDays: atRisk.value,
    atRiskReference: atRisk.reference,
  });
  return cached;
}
