import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { countCurrentGrades } from '../../store/evaluation.repository.ts';

export interface EvaluationFigures {
  /** Evaluations stored, by why they were made (`evaluate`, a full run, an import's re-evaluation …). */
  storedByReason: Record<string, number>;
  /** How many enterprises currently hold each grade. */
  currentGrades: Record<string, number>;
}

/** The evaluation counts the server's metrics publish; read from the store, so every instance reports the same. */
export async function measureEvaluations(db: Kysely<Database>): Promise<EvaluationFigures> {
  const [byReason, currentGrades] = await Promise.all([
    sql<{
      reason: string;
      count: number;
    }>`select reason, count(*)::int as count from evaluations group by reason`.execute(db),
    countCurrentGrades(db),
  ]);
  return {
    storedByReason: Object.fromEntries(byReason.rows.map((row) => [row.reason, Number(row.count)])),
    currentGrades,
  };
}
