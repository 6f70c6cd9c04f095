import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../../src/model/types';
import { columnLabel, conditionSentence, filterSentence } from '../../../../src/ui/nodes/sentence';

describe('a condition read as a sentence', () => {
  it.each<[Condition, string]>([
    [{ column: 'age', op: 'between', value: [25, 40] }, 'age is between 25 and 40'],
    [{ column: 'country', op: 'in', value: ['Azerbaijan', 'Türkiye'] }, 'country is any of Azerbaijan, Türkiye'],
    [{ column: 'household_income', op: 'gte', value: 50000 }, 'household income is at least 50,000'],
    [{ column: 'last_purchase_date', op: 'inLast', value: { amount: 1, unit: 'month' } }, 'last purchase date is in the last 1 month'],
    [{ column: 'signup_date', op: 'olderThan', value: { amount: 6, unit: 'month' } }, 'signup date is more than 6 months ago'],
    [{ column: 'demo_requested', op: 'isTrue' }, 'demo requested is yes'],
    [{ column: 'interests', op: 'hasAny', value: [] }, 'interests has any of …'],
    [{ column: '', op: 'gte', value: 9 }, '… is at least 9'],
    [{ column: 'city', op: 'eq', value: '<img src=x onerror=alert(1)>' }, 'city is <img src=x onerror=alert(1)>'],
  ])('%j → %s', (c, text) => expect(conditionSentence(c)).toBe(text));

  it('keeps a column name made only of underscores as it is', () => expect(columnLabel('__')).toBe('__'));
});

describe('a filter read as a sentence', () => {
  const cs: Condition[] = [{ column: 'occupation', op: 'in', value: ['Retired'] }, { column: 'age', op: 'gte', value: 58 }];
  it('joins with "and" for all, "or" for any, and says NOT', () => {
    expect(filterSentence(cs, 'all', false)).toBe('occupation is any of Retired and age is at least 58');
    expect(filterSentence(cs, 'any', false)).toBe('occupation is any of Retired or age is at least 58');
    expect(filterSentence(cs, 'any', true)).toBe('Not: occupation is any of Retired or age is at least 58');
  });
  it('says everyone passes when there is no condition', () => expect(filterSentence([], 'all', false)).toBe('No conditions yet: everyone passes'));
});
