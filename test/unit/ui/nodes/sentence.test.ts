import { describe, expect, it } from 'vitest';
import type { CombineNode, Condition, ProjectNode } from '../../../../src/model/types';
import { columnLabel, combineNodeSentence, combineSentence, conditionSentence, filterSentence, splitSentence } from '../../../../src/ui/nodes/sentence';

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
    [{ column: 'signup_date', op: 'before', value: '2026-10-31' }, 'signup date is before Oct 31, 2026'],
    [{ column: 'signup_date', op: 'between', value: ['2025-02-01', '2025-03-01'] }, 'signup date is between Feb 1, 2025 and Mar 1, 2025'],
    [{ column: 'signup_date', op: 'on', value: '2024-02-31' }, 'signup date is on 2024-02-31'],
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

describe('logic nodes read as sentences', () => {
  it.each<[CombineNode['mode'], number, string]>([
    ['union', -1, 'Customers in “Young” or “Churned”'],
    ['intersect', -1, 'Customers in “Young” and “Churned”'],
    ['exclude', 1, 'Customers in “Churned” who are not in “Young”'],
    ['exclude', -1, 'Choose which input to keep customers of'],
  ])('a %s of two inputs (base %d)', (mode, base, text) => {
    expect(combineSentence(mode, ['Young', 'Churned'], base)).toBe(text);
  });

  it('says what a combine does before it has two inputs', () => {
    expect(combineSentence('exclude', ['Young'])).toBe('Customers of one input who are in none of the others');
  });

  it('names a combine\'s inputs by node, with the split branch they leave by', () => {
    const at = { position: { x: 0, y: 0 } };
    const nodes: ProjectNode[] = [
      { id: 'seg', type: 'segment', name: 'Young', color: '#000', ...at },
      { id: 'ab', type: 'split', kind: 'random', seed: 1, branches: [{ id: 'h', label: 'Hold-out', percent: 10 }], ...at },
      { id: 'c', type: 'combine', mode: 'exclude', ...at },
    ];
    const edges = [{ id: 'e1', source: 'seg', target: 'c', targetHandle: 'base' }, { id: 'e2', source: 'ab', sourceHandle: 'h', target: 'c' }];
    expect(combineNodeSentence({ nodes, edges }, nodes[2] as CombineNode)).toBe('Customers in “Young” who are not in “Split: Hold-out”');
  });

  it('reads random and by-value splits', () => {
    const at = { position: { x: 0, y: 0 } };
    expect(splitSentence({ id: 's', type: 'split', kind: 'random', seed: 7, ...at,
      branches: [{ id: 'a', label: 'A', percent: 45 }, { id: 'b', label: 'B', percent: 45 }, { id: 'h', label: 'Hold-out', percent: 10 }] }))
      .toBe('Random: A 45 %, B 45 %, Hold-out 10 %');
    expect(splitSentence({ id: 's', type: 'split', kind: 'value', column: 'country_code', values: ['AZ', 'TR'], ...at })).toBe('By country code: AZ, TR, other');
  });
});

describe('a date condition in Azerbaijani', () => {
  it('reads the day in the language (31 okt 2026), not as ISO text', async () => {
    const { addCatalogue, setLocale } = await import('../../../../src/i18n/index');
    const az = (await import('../../../../src/i18n/az/index')).default;
    addCatalogue('az', az);
    setLocale('az');
    try {
      expect(conditionSentence({ column: 'signup_date', op: 'before', value: '2026-10-31' })).toContain('31 okt 2026');
    } finally {
      setLocale('en');
    }
  });
});
