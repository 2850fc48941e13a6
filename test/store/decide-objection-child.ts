/**
 * A child process for the crash tests: opens the store as any `xinping` command does (XINPING_DATA_DIR or DATABASE_URL)
 * and revokes an accepted objection, but stops dead at the first statement whose SQL matches XINPING_TEST_PAUSE_AT,
 * after printing `PAUSED` — the parent then kills it with SIGKILL at exactly that point.
 *   node --import tsx test/store/decide-objection-child.ts OBJECTION_ID
 */
import type { KyselyPlugin, QueryId, RootOperationNode } from 'kysely';
import { readConfig } from '../../src/config.ts';
import { openStore } from '../../src/store/connect.ts';
import { decideObjection } from '../../src/services/workflows/decide-objection.ts';

const pauseAt = new RegExp(process.env.XINPING_TEST_PAUSE_AT ?? '(?!)', 'i');
const flagged = new WeakSet<QueryId>();

/** Lets the statement run, then never returns its result: the transaction stays open until the process is killed. */
const pauseAfterMatchingStatement: KyselyPlugin = {
  transformQuery({ node, queryId }: { node: RootOperationNode; queryId: QueryId }) {
    if (pauseAt.test(JSON.stringify(node))) flagged.add(queryId);
    return node;
  },
  async transformResult({ result, queryId }) {
    if (flagged.has(queryId)) {
      process.stdout.write('PAUSED\n');
      await new Promise(() => {});
    }
    return result;
  },
};

const store = await openStore(readConfig(), { command: 'decide-objection-child' });
const outcome = await decideObjection(store.db.withPlugin(pauseAfterMatchingStatement), {
  id: Number(process.argv[2]),
  action: 'revoke',
  reason: '处罚决定已被行政复议撤销',
  principal: {
    userId: 0,
    username: 'reviewer',
    displayName: '复核员',
    role: 'reviewer',
    departmentCode: null,
    uscc: null,
    via: 'session',
    tokenId: null,
    scopes: ['read', 'write'],
  },
});
process.stdout.write(`${JSON.stringify(outcome)}\n`);
await store.close();
