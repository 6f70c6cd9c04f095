import { describe, expect, it } from 'vitest';
import { checkCondition, opFits, opsForType, valueShape } from '../../../src/model/operators';
import type { Condition } from '../../../src/model/types';

describe('operator table', () => {
  it('offers the PRODUCT.md operators per type', () => {
    expect(opsForType('boolean')).toEqual(['isTrue', 'isFalse', 'isEmpty', 'isNotEmpty']);
    expect(opsForType('tags')).toEqual(['hasAny', 'hasAll', 'hasNone', 'isEmpty', 'isNotEmpty']);
    expect(opsForType('number')).toContain('topPercent');
    expect(opFits('contains', 'number')).toBe(false);
    expect(opFits('inLast', 'date')).toBe(true);
  });

  it.each([
    ['isEmpty', 'none'], ['in', 'list'], ['hasAll', 'list'], ['between', 'pair'], ['inLast', 'relative'], ['eq', 'scalar'], ['topPercent', 'scalar'],
  ] as const)('%s takes a %s value', (op, shape) => {
    expect(valueShape(op)).toBe(shape);
  });
});

describe('checkCondition', () => {
  const at = 'nodes[1].conditions[0]';
  const check = (c: Condition, type: Parameters<typeof checkCondition>[1]) => checkCondition(c, type, at);

  it('accepts well-formed conditions', () => {
    expect(check({ column: 'age', op: 'between', value: [25, 40] }, 'number')).toBeUndefined();
    expect(check({ column: 'age', op: 'lt', value: '30' }, 'number')).toBeUndefined();
    expect(check({ column: 'joined', op: 'inLast', value: { amount: 90, unit: 'day' } }, 'date')).toBeUndefined();
    expect(check({ column: 'country', op: 'in', value: ['Azerbaijan', 'Türkiye'] }, 'text')).toBeUndefined();
    expect(check({ column: 'vip', op: 'isTrue' }, 'boolean')).toBeUndefined();
  });

  it.each([
    [{ column: 'nope', op: 'eq', value: 1 }, undefined, `${at}.column`, 'model.error.unknownColumn'],
    [{ column: '', op: 'gte', value: 9 }, undefined, `${at}.column`, 'model.error.noColumn'],
    [{ column: 'age', op: 'contains', value: '3' }, 'number', `${at}.op`, 'model.error.opType'],
    [{ column: 'vip', op: 'eq', value: 'yes' }, 'boolean', `${at}.op`, 'model.error.opType'],
    [{ column: 'age', op: 'lt', value: 'thirty' }, 'number', `${at}.value`, 'model.error.valueNumber'],
    [{ column: 'age', op: 'lt' }, 'number', `${at}.value`, 'model.error.valueMissing'],
    [{ column: 'age', op: 'lt', value: '  ' }, 'number', `${at}.value`, 'model.error.valueMissing'],
    [{ column: 'age', op: 'between', value: [25] }, 'number', `${at}.value`, 'model.error.valuePair'],
    [{ column: 'age', op: 'between', value: [25, 'x'] }, 'number', `${at}.value[1]`, 'model.error.valueNumber'],
    [{ column: 'country', op: 'in', value: [] }, 'text', `${at}.value`, 'model.error.valueList'],
    [{ column: 'joined', op: 'before', value: '12/01/2020' }, 'date', `${at}.value`, 'model.error.valueDate'],
    [{ column: 'joined', op: 'inLast', value: { amount: 3, unit: 'fortnight' } }, 'date', `${at}.value`, 'model.error.valueRelative'],
    [{ column: 'joined', op: 'inLast', value: { amount: -1, unit: 'day' } }, 'date', `${at}.value`, 'model.error.valueRelative'],
    [{ column: 'city', op: 'eq', value: { a: 1 } }, 'text', `${at}.value`, 'model.error.valueShape'],
  ] as const)('refuses %j on a %s column', (c, type, path, key) => {
    expect(check(c as Condition, type)).toMatchObject({ path, key });
  });
});
