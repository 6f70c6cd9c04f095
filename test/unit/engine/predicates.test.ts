import { describe, expect, it } from 'vitest';
import { indexes } from '../../../src/engine/bitset';
import { isoDay } from '../../../src/engine/dates';
import { evaluateCondition, percentThreshold } from '../../../src/engine/predicates';
import { findColumn, type Table } from '../../../src/engine/table';
import type { Condition } from '../../../src/model/types';
import { tableFromCsv } from '../../helpers/table';

// Rows 0..6; blanks and whitespace are empty; 'abc' in a column typed number is empty too.
const CSV = [
  'name,age,city,vip,joined,tags',
  'Ayşe,30,İstanbul,yes,2024-01-10,travel;pets',
  'Ivan, 45 ,Isparta,no,2024-03-01,pets',
  'Emily,,ısparta,,2023-12-31,',
  'Ali,19,  ,yes,,travel; music ',
  'Zeynep,61,Baku,no,2024-02-29,music',
  '  ,abc,London,YES,2024-03-02,travel;pets;music',
  'Bob,30,london ,No,2024-03-02,  ',
].join('\n');

let table: Table;
const rows = async (c: Condition, locale = 'en', asOf = '2024-03-02') => {
  table ??= await tableFromCsv(CSV, 'customers', { columns: { age: { type: 'number' } } });
  return [...indexes(evaluateCondition(table, findColumn(table, c.column)!, c, { locale, asOfDay: isoDay(asOf) }))];
};

describe('text predicates', () => {
  it.each([
    [{ column: 'city', op: 'eq', value: 'london' }, [5, 6]],
    [{ column: 'city', op: 'ne', value: 'london' }, [0, 1, 2, 4]],
    [{ column: 'city', op: 'in', value: ['Baku', 'LONDON'] }, [4, 5, 6]],
    [{ column: 'city', op: 'notIn', value: ['Baku'] }, [0, 1, 2, 5, 6]],
    [{ column: 'city', op: 'contains', value: 'on' }, [5, 6]],
    [{ column: 'city', op: 'notContains', value: 'on' }, [0, 1, 2, 4]],
    [{ column: 'city', op: 'startsWith', value: 'Lo' }, [5, 6]],
    [{ column: 'city', op: 'endsWith', value: 'DON' }, [5, 6]],
    [{ column: 'city', op: 'isEmpty' }, [3]],
    [{ column: 'city', op: 'isNotEmpty' }, [0, 1, 2, 4, 5, 6]],
    [{ column: 'name', op: 'isEmpty' }, [5]],
  ] as [Condition, number[]][])('%j → rows %j (empty never matches a comparison)', async (c, expected) => {
    expect(await rows(c)).toEqual(expected);
  });

  it('folds case by the project locale: Turkish dotted and dotless i', async () => {
    expect(await rows({ column: 'city', op: 'eq', value: 'isparta' }, 'en')).toEqual([1]);
    expect(await rows({ column: 'city', op: 'eq', value: 'ısparta' }, 'tr')).toEqual([1, 2]);
    expect(await rows({ column: 'city', op: 'eq', value: 'istanbul' }, 'tr')).toEqual([0]);
    expect(await rows({ column: 'city', op: 'contains', value: 'i' }, 'tr')).toEqual([0]);
  });
});

describe('number predicates', () => {
  it.each([
    [{ column: 'age', op: 'eq', value: 30 }, [0, 6]],
    [{ column: 'age', op: 'ne', value: 30 }, [1, 3, 4]],
    [{ column: 'age', op: 'lt', value: 30 }, [3]],
    [{ column: 'age', op: 'lte', value: 30 }, [0, 3, 6]],
    [{ column: 'age', op: 'gt', value: 30 }, [1, 4]],
    [{ column: 'age', op: 'gte', value: '45' }, [1, 4]],
    [{ column: 'age', op: 'between', value: [45, 19] }, [0, 1, 3, 6]],
    [{ column: 'age', op: 'isEmpty' }, [2, 5]],
    [{ column: 'age', op: 'isNotEmpty' }, [0, 1, 3, 4, 6]],
    [{ column: 'age', op: 'topPercent', value: 40 }, [1, 4]],
    [{ column: 'age', op: 'bottomPercent', value: 40 }, [0, 3, 6]],
    [{ column: 'age', op: 'topPercent', value: 0 }, []],
    [{ column: 'age', op: 'topPercent', value: 100 }, [0, 1, 3, 4, 6]],
  ] as [Condition, number[]][])('%j → rows %j', async (c, expected) => {
    expect(await rows(c)).toEqual(expected);
  });

  it('takes the value at position ⌈N% × n⌉ from the best end as the threshold, ties included', () => {
    const v = Float64Array.from([5, 1, 3, 3, NaN, 2]);
    expect(percentThreshold(v, 40, true)).toBe(3); // n = 5, position 2 of [5, 3, 3, 2, 1]
    expect(percentThreshold(v, 20, false)).toBe(1);
    expect(percentThreshold(v, 30, false)).toBe(2);
  });
});

describe('date predicates (as of 2024-03-02)', () => {
  it.each([
    [{ column: 'joined', op: 'before', value: '2024-01-10' }, [2]],
    [{ column: 'joined', op: 'after', value: '2024-02-29' }, [1, 5, 6]],
    [{ column: 'joined', op: 'on', value: '2024-03-02' }, [5, 6]],
    [{ column: 'joined', op: 'between', value: ['2024-01-10', '2024-02-29'] }, [0, 4]],
    [{ column: 'joined', op: 'inLast', value: { amount: 2, unit: 'day' } }, [1, 4, 5, 6]],
    [{ column: 'joined', op: 'inLast', value: { amount: 1, unit: 'month' } }, [1, 4, 5, 6]],
    [{ column: 'joined', op: 'olderThan', value: { amount: 2, unit: 'month' } }, [2]],
    [{ column: 'joined', op: 'olderThan', value: { amount: 1, unit: 'week' } }, [0, 2]],
    [{ column: 'joined', op: 'inLast', value: { amount: 1, unit: 'year' } }, [0, 1, 2, 4, 5, 6]],
    [{ column: 'joined', op: 'isEmpty' }, [3]],
  ] as [Condition, number[]][])('%j → rows %j', async (c, expected) => {
    expect(await rows(c)).toEqual(expected);
  });
});

describe('boolean and tag predicates', () => {
  it.each([
    [{ column: 'vip', op: 'isTrue' }, [0, 3, 5]],
    [{ column: 'vip', op: 'isFalse' }, [1, 4, 6]],
    [{ column: 'vip', op: 'isEmpty' }, [2]],
    [{ column: 'tags', op: 'hasAny', value: ['MUSIC', 'pets'] }, [0, 1, 3, 4, 5]],
    [{ column: 'tags', op: 'hasAll', value: ['travel', 'music'] }, [3, 5]],
    [{ column: 'tags', op: 'hasNone', value: ['pets'] }, [3, 4]],
    [{ column: 'tags', op: 'isEmpty' }, [2, 6]],
  ] as [Condition, number[]][])('%j → rows %j', async (c, expected) => {
    expect(await rows(c)).toEqual(expected);
  });
});
