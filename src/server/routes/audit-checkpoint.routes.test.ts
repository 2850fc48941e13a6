import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { parseCheckpoint } from '../../services/audit/audit-checkpoint.ts';
import { makeAuditCheckpoint } from '../../services/audit/make-audit-checkpoint.ts';
import { verifyAuditChain } from '../../services/audit/verify-audit-chain.ts';
import { loadSigningKey } from '../../services/crypto/signing-key.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

describeOnEachEngine('the published audit checkpoints over HTTP', (current) => {
  let fixture: ServerFixture;
  before(async () => {
    fixture = await createServerFixture(current());
  });
  after(async () => fixture?.close());

  test('anyone reads the signed checkpoints and the platform key; a saved checkpoint holds the chain to its head', async () => {
    const key = loadSigningKey(fixture.dataDir, {});
    const made = await makeAuditCheckpoint(current().db, key);
    assert.equal(made.isNew, true);
    assert.equal((await makeAuditCheckpoint(current().db, key)).isNew, false, 'one checkpoint a day');

    const listed = await fixture.injectAs('anonymous', { method: 'GET', url: '/api/public/audit-checkpoints' });
    assert.equal(listed.statusCode, 200, listed.body);
    const { total, items } = listed.json();
    assert.equal(total, 1);
    assert.deepEqual(
      [items[0].seq, items[0].headHash, items[0].signatureAlgorithm],
      [made.checkpoint.seq, made.checkpoint.headHash, 'sm2-sm3'],
    );

    const published = await fixture.injectAs('anonymous', { method: 'GET', url: '/api/public/signing-key' });
    assert.equal(published.statusCode, 200);
    assert.deepEqual(published.json(), {
      algorithm: 'sm2-sm3',
      publicKey: key.publicKeyPem,
      fingerprint: key.fingerprint,
    });

    // What an outside party does: save the published JSON, check it against the published key, verify the chain.
    const saved = path.join(fixture.dataDir, 'checkpoint.json');
    fs.writeFileSync(saved, JSON.stringify(items[0]));
    const checkpoint = parseCheckpoint(fs.readFileSync(saved, 'utf8'), published.json().fingerprint);
    const result = await verifyAuditChain(current().db, {
      expectHeads: [{ seq: checkpoint.seq, hash: checkpoint.headHash }],
    });
    assert.equal(result.ok, true, JSON.stringify(result.problem));
  });
});
