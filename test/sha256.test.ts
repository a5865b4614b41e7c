import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256 } from '../src/core/sha256';

describe('the hash over assigned targets', () => {
  it('is SHA-256, as Node computes it, for any text (Chinese, emoji, long)', () => {
    const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
    for (const s of ['', 'abc', '高新区 80 亿元', '😀'.repeat(100), 'x'.repeat(1000)])
      expect(sha256(s)).toBe(node(s));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => sha256(s) === node(s)),
      { numRuns: 300 },
    );
  });
});
