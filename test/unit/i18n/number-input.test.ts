// A number field reads what people type in their language: Persian digits, decimal commas, thousands separators,
// a leading minus; letters and broken grouping are refused with a reason, never read as 0 or as empty.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberFormatter } from '../../../src/i18n/locale-format';
import { parseLocaleNumber } from '../../../src/i18n/number-input';

const LETTERS = { problem: 'input.number.letters' };
const GROUPING = { problem: 'input.number.grouping' };
const NOT_NUMBER = { problem: 'input.number.notNumber' };

describe('parseLocaleNumber', () => {
  it.each([
    ['۶۰', { value: 60 }],
    ['٦٠', { value: 60 }], // Arabic-Indic digits
    ['۲٫۵', { value: 2.5 }], // the Arabic decimal sign
    ['۲/۵', { value: 2.5 }], // the slash Persian typists use for it
    ['۲.۵', { value: 2.5 }],
    ['۱٬۲۳۴٬۵۶۷', { value: 1234567 }],
    ['۱,۰۰۰', { value: 1000 }],
    ['\u200e\u2212۵٬۰۰۰٫۵', { value: -5000.5 }], // as Intl writes it, pasted back
    ['-۱۲', { value: -12 }],
    ['  ۴۵ ', { value: 45 }],
    ['', { empty: true }],
    ['   ', { empty: true }],
    ['۶۰ سال', LETTERS],
    ['۶a', LETTERS],
    ['۱٫۲٫۳', NOT_NUMBER],
    ['--۵', NOT_NUMBER],
  ])('reads %j in Persian as %j', (text, expected) => {
    expect(parseLocaleNumber(text, 'fa')).toEqual(expected);
  });

  it.each([
    ['2,5', { value: 2.5 }],
    ['5.000', { value: 5000 }], // a point before three digits groups thousands in Azerbaijani
    ['5.000,5', { value: 5000.5 }],
    ['1.234.567', { value: 1234567 }],
    ['5 000,5', { value: 5000.5 }],
    ['5\u00a0000', { value: 5000 }],
    ['2.5', { value: 2.5 }], // a point before one digit can only be a decimal point
    ['−3,75', { value: -3.75 }],
    ['+7', { value: 7 }],
    [',5', { value: 0.5 }],
    ['yaş', LETTERS],
    ['12e3', LETTERS],
    ['1.23.4', GROUPING],
    ['12 34', GROUPING],
    ['1,2,3', GROUPING],
  ])('reads %j in Azerbaijani as %j', (text, expected) => {
    expect(parseLocaleNumber(text, 'az')).toEqual(expected);
  });

  it.each([
    ['2,5', { value: 2.5 }],
    ['5 000,5', { value: 5000.5 }],
    ['5\u202f000', { value: 5000 }],
    ['5.5', { value: 5.5 }], // Russian groups with a space, so a point is a decimal point
    ['1.000', { value: 1 }],
    ['1 234 567,25', { value: 1234567.25 }],
    ['-0,5', { value: -0.5 }],
    ['-0', { value: 0 }],
    ['пять', LETTERS],
    ['5,5,5', GROUPING],
    ['1 23 456', GROUPING],
    ['1,234 5', GROUPING],
    ['%', NOT_NUMBER],
  ])('reads %j in Russian as %j', (text, expected) => {
    expect(parseLocaleNumber(text, 'ru')).toEqual(expected);
  });

  it('reads English with a decimal point and comma thousands', () => {
    expect(parseLocaleNumber('5,000', 'en')).toEqual({ value: 5000 });
    expect(parseLocaleNumber('5,000.25', 'en')).toEqual({ value: 5000.25 });
    expect(parseLocaleNumber('0.25', 'en')).toEqual({ value: 0.25 });
  });

  it('takes a trailing percent sign only in a percent field', () => {
    expect(parseLocaleNumber('۱۰٪', 'fa', { percent: true })).toEqual({ value: 10 });
    expect(parseLocaleNumber('12,5 %', 'ru', { percent: true })).toEqual({ value: 12.5 });
    expect(parseLocaleNumber('10%', 'en')).toEqual(NOT_NUMBER);
  });

  it('reads back every number as each of the seven languages writes it', () => {
    const locales = ['en', 'az', 'tr', 'fa', 'hy', 'ky', 'ru'];
    fc.assert(fc.property(
      fc.constantFrom(...locales),
      fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((x) => Math.round(x * 1000) / 1000)),
      fc.constantFrom<Intl.NumberFormatOptions['useGrouping']>(true, false, 'min2'),
      (locale, n, useGrouping) => {
        const text = numberFormatter(locale, { maximumFractionDigits: 3, useGrouping }).format(n);
        expect(parseLocaleNumber(text, locale)).toEqual({ value: Object.is(n, -0) ? 0 : n });
      },
    ), { numRuns: 500 });
  });
});
