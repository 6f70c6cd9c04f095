// Numbers and percentages in the current locale: the formats are kept per locale and options, so a switch of
// language or of options never reuses another's.

import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, setLocale } from '../../../src/i18n/index';

afterEach(() => setLocale('en'));

describe('formatNumber and formatPercent', () => {
  it('follow the current locale, back and forth', () => {
    expect(formatNumber(1234567.5)).toBe('1,234,567.5');
    setLocale('fa');
    expect(formatNumber(1234)).toBe('۱٬۲۳۴');
    setLocale('ru');
    expect(formatNumber(1234.5)).toBe('1\u00a0234,5');
    setLocale('en');
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });

  it('keep each set of options apart', () => {
    expect(formatNumber(0.123456, { maximumFractionDigits: 2 })).toBe('0.12');
    expect(formatNumber(0.123456, { maximumFractionDigits: 4 })).toBe('0.1235');
    expect(formatPercent(0.4567)).toBe('45.7%');
    expect(formatPercent(0.4567, 0)).toBe('46%');
    setLocale('tr');
    expect(formatPercent(0.4567)).toBe('%45,7');
  });
});
