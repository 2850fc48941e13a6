import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_WEBHOOK_SETTINGS, readWebhookSettings } from '../sharing/webhook-settings.ts';
import { readUpwardSettings } from './upward-settings.ts';

test('an operator sets the upward batch size and the webhook timeout with positive integers; anything else keeps the default', () => {
  const upward = readUpwardSettings('data', { XINPING_UPWARD_BATCH_SIZE: '200', XINPING_UPWARD_TIMEOUT_MS: '1.5' });
  assert.equal(upward.batchSize, 200);
  assert.equal(upward.timeoutMs, readUpwardSettings('data', {}).timeoutMs, 'a fraction is ignored');
  for (const wrong of ['0', '-5', 'abc', '']) {
    const webhook = readWebhookSettings({ XINPING_WEBHOOK_TIMEOUT_MS: wrong });
    assert.equal(webhook.timeoutMs, DEFAULT_WEBHOOK_SETTINGS.timeoutMs, `“${wrong}” is ignored`);
  }
  assert.equal(readWebhookSettings({ XINPING_WEBHOOK_TIMEOUT_MS: '2500' }).timeoutMs, 2500);
});
