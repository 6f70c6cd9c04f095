import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { branchOf, handleOf } from '../../../../src/ui/canvas/branch-handle';

describe('branch ids as handle ids', () => {
  it('turn any value into a token a CSS attribute selector takes, and back', () => {
    expect(handleOf('say "hi" \\ ]')).toBe('b:say%20%22hi%22%20%5C%20%5D');
    expect(branchOf(handleOf('__proto__'))).toBe('__proto__');
    expect([branchOf(null), branchOf('x'), branchOf('b:%E0%A4%A')]).toEqual([undefined, undefined, undefined]);
    fc.assert(fc.property(fc.string(), (s) => branchOf(handleOf(s)) === s && !/["\\\s]/.test(handleOf(s))));
  });
});
