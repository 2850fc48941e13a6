import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { appendAuditEvent } from '../../services/audit/append-audit-event.ts';
import { down, up } from './2026-12-13T02-00-payout-deciders.ts';

describeOnEachEngine('the payout deciders migration', (current, _engine, owner) => {
  test('a case refused or paid before the migration takes who decided it and when from its audit event', async () => {
    const { db } = current();
    const enterprise = await db
      .insertInto('enterprises')
      .values({ uscc: makeUscc(`91420703${makeOrganizationCode('MA000141')}`), name: '鄂州兑现科技有限公司' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [refused, paid] = await Promise.all(
      [
        { eligible_since: '2026-10-01', state: 'refused' as const, decision_reason: '不符合条件' },
        {
          eligible_since: '2026-11-01',
          state: 'paid' as const,
          amount: 500,
          paid_on: '2026-11-20',
          paid_by: 'rsj-payer',
          approved_by: 'rsj-payer',
        },
      ].map((values) =>
        db
          .insertInto('policy_payouts')
          .values({ policy_code: 'stable_employment_refund', enterprise_id: enterprise.id, ...values })
          .returning('id')
          .executeTakeFirstOrThrow(),
      ),
    );
    const events = await db.transaction().execute(async (trx) => [
      await appendAuditEvent(trx, {
        actor: 'rsj-refuser',
        action: 'payout.refused',
        subjectType: 'policy_payout',
        subjectId: String(refused!.id),
        payload: { reason: '不符合条件' },
      }),
      await appendAuditEvent(trx, {
        actor: 'rsj-payer',
        action: 'payout.paid',
        subjectType: 'policy_payout',
        subjectId: String(paid!.id),
        payload: { amount: 500, paidOn: '2026-11-20' },
      }),
    ]);

    await down(owner().db);
    await up(owner().db);
    const rows = await db
      .selectFrom('policy_payouts')
      .select(['id', 'refused_by', 'refused_at', 'paid_by', 'paid_at'])
      .where('enterprise_id', '=', enterprise.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      rows.map((row) => [
        row.refused_by,
        row.refused_at && new Date(row.refused_at).toISOString(),
        row.paid_by,
        row.paid_at && new Date(row.paid_at).toISOString(),
      ]),
      [
        ['rsj-refuser', new Date(events[0]!.occurredAt).toISOString(), null, null],
        [null, null, 'rsj-payer', new Date(events[1]!.occurredAt).toISOString()],
      ],
    );
  });
});
