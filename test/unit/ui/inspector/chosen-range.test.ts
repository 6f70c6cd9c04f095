import { describe, expect, it } from 'vitest';
import { binInRange, chosenRange } from '../../../../src/ui/inspector/chosen-range';
import type { ConditionValue, Op } from '../../../../src/model/types';

const bins = [0, 10, 20, 30].map((from) => ({ from, to: from + 10 }));
const chosen = (op: Op, value: ConditionValue) => {
  const r = chosenRange(op, value);
  return r ? bins.filter((b) => binInRange(b, r)).map((b) => b.from) : undefined;
};

describe('the part of a histogram a condition chooses', () => {
  it.each<[Op, ConditionValue, number[] | undefined]>([
    ['between', [10, 20], [10, 20]],
    ['between', ['12', '15'], [10]],
    ['between', [25, 15], []],
    ['lt', 20, [0, 10]],
    ['lte', 20, [0, 10, 20]],
    ['gt', 20, [20, 30]],
    ['gte', 20, [20, 30]],
    ['gt', 19.5, [10, 20, 30]],
    ['eq', 30, [30]],
    ['ne', 30, undefined],
    ['topPercent', 10, undefined],
    ['lt', '', undefined],
    ['between', [10, ''], undefined],
  ])('%s %j → bins from %j', (op, value, expected) => {
    expect(chosen(op, value)).toEqual(expected);
  });
});
