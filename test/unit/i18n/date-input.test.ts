// A date field reads what people type in their language: day first (31.10.2026) in six of them, month first with
// slashes in English, year first everywhere, and in Persian the solar calendar as well; refusals say why.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInputText, parseLocaleDate } from '../../../src/i18n/date-input';

const NOT_DATE = { problem: 'input.date.notDate' };
const NO_SUCH_DAY = { problem: 'input.date.noSuchDay' };
const YEAR = { problem: 'input.date.year' };

describe('parseLocaleDate', () => {
  it.each([
    ['۱۴۰۵/۰۸/۰۹', { value: '2026-10-31' }], // 9 Aban 1405
    ['۱۴۰۱/۰۲/۰۵', { value: '2022-04-25' }], // 5 Ordibehesht 1401
    ['1403/01/01', { value: '2024-03-20' }], // Nowruz 1403
    ['۱۴۰۳/۱۲/۳۰', { value: '2025-03-20' }], // the last day of a leap year
    ['۱۴۰۲/۱۲/۳۰', NO_SUCH_DAY], // 1402 is not a leap year
    ['۲۰۲۶/۱۰/۳۱', { value: '2026-10-31' }], // a Gregorian year, in Persian digits
    ['۳۱/۱۰/۲۰۲۶', { value: '2026-10-31' }],
    ['2026-10-31', { value: '2026-10-31' }],
    ['', { empty: true }],
    ['فردا', NOT_DATE],
  ])('reads %j in Persian as %j', (text, expected) => expect(parseLocaleDate(text, 'fa')).toEqual(expected));

  it.each([
    ['31.10.2026', { value: '2026-10-31' }],
    ['1.2.2024', { value: '2024-02-01' }],
    ['31/10/2026', { value: '2026-10-31' }],
    ['29.02.2024', { value: '2024-02-29' }],
    ['29.02.2023', NO_SUCH_DAY],
    ['31.04.2026', NO_SUCH_DAY],
    ['31.10.26', YEAR],
    ['2026.10.31', { value: '2026-10-31' }],
    ['31 oktyabr 2026', NOT_DATE],
    ['31.10-2026', NOT_DATE],
  ])('reads %j in Azerbaijani as %j', (text, expected) => expect(parseLocaleDate(text, 'az')).toEqual(expected));

  it.each([
    ['31.10.2026', { value: '2026-10-31' }],
    [' 05.03.2024 ', { value: '2024-03-05' }],
    ['5-3-2024', { value: '2024-03-05' }],
    ['13.13.2024', NO_SUCH_DAY],
    ['2024-3-5', { value: '2024-03-05' }],
    ['31.10.202', YEAR],
  ])('reads %j in Russian as %j', (text, expected) => expect(parseLocaleDate(text, 'ru')).toEqual(expected));

  it('reads English slashes month first, dots day first', () => {
    expect(parseLocaleDate('10/31/2026', 'en')).toEqual({ value: '2026-10-31' });
    expect(parseLocaleDate('31/10/2026', 'en')).toEqual(NO_SUCH_DAY);
    expect(parseLocaleDate('31.10.2026', 'en')).toEqual({ value: '2026-10-31' });
  });

  it('writes a day as each language types it', () => {
    expect(['en', 'az', 'tr', 'fa', 'hy', 'ky', 'ru'].map((l) => dateInputText('2026-10-31', l)))
      .toEqual(['10/31/2026', '31.10.2026', '31.10.2026', '۱۴۰۵/۰۸/۰۹', '31.10.2026', '31.10.2026', '31.10.2026']);
  });

  it('reads back every day it writes, in the seven languages', () => {
    fc.assert(fc.property(
      fc.constantFrom('en', 'az', 'tr', 'fa', 'hy', 'ky', 'ru'),
      fc.integer({ min: Date.UTC(1930, 0, 1), max: Date.UTC(2060, 11, 31) }),
      (locale, ms) => {
        const day = new Date(ms).toISOString().slice(0, 10);
        expect(parseLocaleDate(dateInputText(day, locale), locale)).toEqual({ value: day });
      },
    ), { numRuns: 700 });
  });
});
