// The members table writes identifiers without thousands separators and coordinates with all their decimals.

import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../../src/i18n/index';
import { cellText } from '../../../../src/ui/members/cell-text';

afterEach(() => setLocale('en'));

describe('a number cell, by its column', () => {
  it.each([
    ['ZipCode', 90003, '90003'],
    ['customer_id', 123456, '123456'],
    ['CustomerID', 1234, '1234'],
    ['Phone', 994501234567, '994501234567'],
    ['Latitude', 34.02381, '34.02381'],
    ['Longitude', -118.156582, '-118.156582'],
    ['lat', 40.409264123, '40.409264123'],
    ['MonthlyCharges', 1234.5678, '1,234.57'],
    ['household_income', 52000, '52,000'],
  ])('%s %d reads %s', (name, value, text) => expect(cellText(value, 'number', name)).toBe(text));

  it('writes an identifier in Persian digits, still ungrouped', () => {
    setLocale('fa');
    expect(cellText(90003, 'number', 'ZipCode')).toBe('۹۰۰۰۳');
    expect(cellText(52000, 'number', 'درآمد')).toBe('۵۲٬۰۰۰');
  });
});
