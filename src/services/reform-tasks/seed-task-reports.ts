import type { Kysely } from 'kysely';
import { addDays } from '../../domain/month-arithmetic.ts';
import type { Database } from '../../store/database.ts';
import type { SeededRandom } from '../demo/seeded-random.ts';
import { loadReformTasks } from './load-reform-tasks.ts';
import { reportTaskProgress } from './report-task-progress.ts';

const DEMO_ACTOR = '演示数据';

/**
 * Demo progress on the reform tasks, through the real reporting service: each lead unit reports the
 * task under way some weeks before its deadline, and most report it done — on time, a few late, a few not at all, so
 * the board and a bulletin for any date in 2024–2025 show done, at-risk and late tasks. 持续推进 tasks stay under way.
 * A responsible unit adds a report now and then. Reports dated after the as-of date are not written.
 */
export async function seedTaskReports(
  db: Kysely<Database>,
  options: { asOf: string; random: SeededRandom },
): Promise<number> {
  const { random } = options;
  const reports: Array<{ on: string; run: () => Promise<unknown> }> = [];
  for (const task of loadReformTasks().tasks) {
    const lead = task.lead[0]!;
    const actor = (unitCode: string) => ({
      name: DEMO_ACTOR,
      role: 'department_operator' as const,
      departmentCode: unitCode,
    });
    const reference = task.deadline ?? (task.listCode === '000' ? '2024-09-30' : '2025-06-30');
    const underWayOn = addDays(reference, -random.int(15, 40));
    const percent = random.int(3, 7) * 10;
    reports.push({
      on: underWayOn,
      run: () =>
        reportTaskProgress(
          db,
          {
            taskCode: task.code,
            status: 'in_progress',
            percent,
            text: `${lead.shortName}已制定工作方案，正在推进“${task.mainTask}”。`,
            actor: actor(lead.code),
          },
          { today: underWayOn },
        ),
    });
    const responsible = task.responsible[0];
    if (responsible && random.chance(0.4)) {
      const on = addDays(underWayOn, random.int(3, 10));
      reports.push({
        on,
        run: () =>
          reportTaskProgress(
            db,
            {
              taskCode: task.code,
              status: 'in_progress',
              text: `${responsible.shortName}已按分工完成本单位部分，材料已报牵头单位。`,
              actor: actor(responsible.code),
            },
            { today: on },
          ),
      });
    }
    if (!task.deadline) continue;
    const fate = random.weighted({ onTime: 70, late: 15, never: 15 });
    if (fate === 'never') continue;
    const doneOn =
      fate === 'onTime' ? addDays(task.deadline, -random.int(0, 10)) : addDays(task.deadline, random.int(5, 40));
    for (const unit of task.lead) {
      reports.push({
        on: doneOn,
        run: () =>
          reportTaskProgress(
            db,
            {
              taskCode: task.code,
              status: 'done',
              percent: 100,
              text: `${unit.shortName}：“${task.mainTask}”已完成，成果材料已归档。`,
              actor: actor(unit.code),
            },
            { today: doneOn },
          ),
      });
    }
  }
  reports.sort((a, b) => a.on.localeCompare(b.on));
  let written = 0;
  for (const report of reports) {
    if (report.on > options.asOf) continue;
    await report.run();
    written += 1;
  }
  return written;
}
