import type { Executor } from './executor.ts';

/** A recorded actor (`describeActor`): an account's username, followed by `（令牌 N）` when it acted through a token. */
const ACTOR_PATTERN = /^(.+?)(（令牌 \d+）)?$/;

/**
 * People are shown by their display name, not their account name: this reads, in one query, the display names of the
 * accounts behind a list's actor strings (`decided_by`, `created_by`, inspectors…) and returns how to name each. An
 * actor that is no account (a system job, a visitor) or an account without a display name is shown as recorded; the
 * token note stays after the name.
 */
export async function loadActorNames(
  db: Executor,
  actors: Iterable<string | null | undefined>,
): Promise<(actor: string) => string> {
  const usernames = new Set<string>();
  for (const actor of actors) {
    const username = actor ? ACTOR_PATTERN.exec(actor)?.[1] : undefined;
    if (username) usernames.add(username);
  }
  const rows =
    usernames.size === 0
      ? []
      : await db
          .selectFrom('users')
          .select(['username', 'display_name'])
          .where('username', 'in', [...usernames])
          .execute();
  const nameOf = new Map(
    rows.filter((row) => row.display_name.trim() !== '').map((row) => [row.username, row.display_name]),
  );
  return (actor) => {
    const match = ACTOR_PATTERN.exec(actor);
    const name = match ? nameOf.get(match[1]!) : undefined;
    return name === undefined ? actor : `${name}${match?.[2] ?? ''}`;
  };
}
