import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withFullWidthPunctuation } from './chinese-punctuation.ts';

describe('full-width punctuation in Chinese text', () => {
  test('a half-width comma, semicolon or colon after a Chinese character becomes full width', () => {
    assert.equal(withFullWidthPunctuation('信用状况良好,按常规频次监管。'), '信用状况良好，按常规频次监管。');
    assert.equal(
      withFullWidthPunctuation('依据:国市监信发〔2022〕6号;另见说明'),
      '依据：国市监信发〔2022〕6号；另见说明',
    );
  });

  test('parentheses around or after Chinese text become full width, nested ones too', () => {
    assert.equal(withFullWidthPunctuation('贷款金额(万元)'), '贷款金额（万元）');
    assert.equal(withFullWidthPunctuation('激励(第二部分第(五)项;第(六)项)'), '激励（第二部分第（五）项；第（六）项）');
  });

  test('marks between Latin letters and digits stay as they are', () => {
    assert.equal(withFullWidthPunctuation('f(x) = 1, 2; a:b'), 'f(x) = 1, 2; a:b');
    assert.equal(withFullWidthPunctuation('截至 2026-12-06,得分'), '截至 2026-12-06,得分');
  });

  test('parentheses right after a Chinese character or around Chinese text become full width, at the start too', () => {
    assert.equal(withFullWidthPunctuation('见(see)'), '见（see）');
    assert.equal(withFullWidthPunctuation('Score (万元)'), 'Score （万元）');
    assert.equal(withFullWidthPunctuation('(万元)'), '（万元）');
    assert.equal(withFullWidthPunctuation('(x), 1'), '(x), 1');
  });
});
