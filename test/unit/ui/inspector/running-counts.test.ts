import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../../src/model/types';
import { runningCounts } from '../../../../src/ui/inspector/running-counts';

const c: Condition = { column: 'age', op: 'lt', value: 30 };

describe('running counts in the inspector', () => {
  it('takes the engine\'s steps for two or more conditions', () => {
    expect(runningCounts({ conditions: [c, c, c], negate: false }, { count: 1412, input: 7043, steps: [3875, 2000, 1412] }))
      .toEqual({ input: 7043, steps: [3875, 2000, 1412], count: 1412, negated: false });
  });

  it('derives the one step of a single condition, before NOT', () => {
    expect(runningCounts({ conditions: [c], negate: false }, { count: 300, input: 1000 })?.steps).toEqual([300]);
    expect(runningCounts({ conditions: [c], negate: true }, { count: 300, input: 1000 })).toEqual({ input: 1000, steps: [700], count: 300, negated: true });
  });

  it('shows nothing for a count from before an edit, an error, or no conditions', () => {
    expect(runningCounts({ conditions: [c, c, c], negate: false }, { count: 1, input: 9, steps: [5, 1] })).toBeUndefined();
    expect(runningCounts({ conditions: [c], negate: false }, { count: 0, error: { path: '', key: 'model.error.noInput' } })).toBeUndefined();
    expect(runningCounts({ conditions: [], negate: false }, { count: 9, input: 9 })).toBeUndefined();
    expect(runningCounts({ conditions: [c], negate: false }, undefined)).toBeUndefined();
  });
});
