import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskPersonName } from './masking.ts';

test('a three-character name keeps its first and last character', () => {
  assert.equal(maskPersonName('张三明'), '张*明');
});

test('a two-character name keeps only its first character', () => {
  assert.equal(maskPersonName('李四'), '李*');
});

test('a longer name hides every character but the first and the last', () => {
  assert.equal(maskPersonName('欧阳小明'), '欧**明');
  assert.equal(maskPersonName('John Smith'), 'J*** ****h');
});

test('the middle dot of a transliterated name stays visible', () => {
  assert.equal(maskPersonName('阿卜杜·艾尼'), '阿**·*尼');
});

test('a bullet standing in for the middle dot, and the full stops of initials, stay visible too', () => {
  assert.equal(maskPersonName('阿卜杜•艾尼'), '阿**•*尼');
  assert.equal(maskPersonName('J. R. Smith'), 'J. *. ****h');
});

test('a one-character or empty name reveals nothing', () => {
  assert.equal(maskPersonName('王'), '*');
  assert.equal(maskPersonName('  '), '');
});

test('surrounding spaces are dropped and characters outside the BMP count as one', () => {
  assert.equal(maskPersonName(' 张三明 '), '张*明');
  assert.equal(maskPersonName('𠮷田'), '𠮷*');
});
