import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands } from './index.ts';

test('every command in the table has its own words and help text, and loads code that runs it', async () => {
  assert.ok(commands.length > 30, `the CLI lists its commands (${commands.length})`);
  const words = commands.map((command) => command.name.join(' '));
  assert.equal(new Set(words).size, words.length, 'no two commands share their words');
  for (const command of commands) {
    assert.ok(
      command.usage.startsWith(command.name.join(' ')),
      `the usage of ${command.name.join(' ')} starts with its words`,
    );
    assert.match(command.summary, /[\u4e00-\u9fff]/, `${command.name.join(' ')} has a Chinese summary`);
    assert.equal(typeof (await command.load()).run, 'function', `${command.name.join(' ')} loads its code`);
  }
});
