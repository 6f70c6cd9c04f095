// Numbers, percentages and dates in all seven languages, as each language writes them (CLDR), whether or not the
// browser's Intl has data for the language. The expected strings are written from the languages' conventions, not
// read from Intl: the same table must hold with Node's full ICU and with a browser that lacks az, hy and ky.

import { afterEach, describe, expect, it } from 'vitest';
import { dateFormatter, type IntlLike, numberFormatter, useIntl } from '../../../src/i18n/locale-format';

const NBSP = '\u00a0';
const LRM = '\u200e';
const MINUS = '\u2212';

interface Row {
  number: string; negative: string; fourDigits: string; fraction: string; percent: string; compact: string; million: string;
  medium: string; long: string; mediumMay: string;
}

/** 5000.5, −1234567, 1234, 0.125 (2 digits), 21.3 %, 12345 and 1.5 million in short notation; 25 April and 3 May 2022. */
const TABLE: Record<string, Row> = {
  en: { number: '5,000.5', negative: '-1,234,567', fourDigits: '1,234', fraction: '0.13', percent: '21.3%', compact: '12.3K', million: '1.5M',
    medium: 'Apr 25, 2022', long: 'April 25, 2022', mediumMay: 'May 3, 2022' },
  tr: { number: '5.000,5', negative: '-1.234.567', fourDigits: '1.234', fraction: '0,13', percent: '%21,3', compact: `12,3${NBSP}B`, million: `1,5${NBSP}Mn`,
    medium: '25 Nis 2022', long: '25 Nisan 2022', mediumMay: '3 May 2022' },
  // Persian: Persian digits, the Arabic decimal and thousands signs, a minus kept left to right; the solar calendar.
  fa: { number: '۵٬۰۰۰٫۵', negative: `${LRM}${MINUS}۱٬۲۳۴٬۵۶۷`, fourDigits: '۱٬۲۳۴', fraction: '۰٫۱۳', percent: '۲۱٫۳٪', compact: `۱۲٫۳${NBSP}هزار`, million: `۱٫۵${NBSP}میلیون`,
    medium: '۵ اردیبهشت ۱۴۰۱', long: '۵ اردیبهشت ۱۴۰۱', mediumMay: '۱۳ اردیبهشت ۱۴۰۱' },
  ru: { number: `5${NBSP}000,5`, negative: `-1${NBSP}234${NBSP}567`, fourDigits: `1${NBSP}234`, fraction: '0,13', percent: `21,3${NBSP}%`, compact: `12,3${NBSP}тыс.`, million: `1,5${NBSP}млн`,
    medium: '25 апр. 2022 г.', long: '25 апреля 2022 г.', mediumMay: '3 мая 2022 г.' },
  // Azerbaijani: CLDR groups with a dot (5.000,5), like Turkish; the percent sign follows the number.
  az: { number: '5.000,5', negative: '-1.234.567', fourDigits: '1.234', fraction: '0,13', percent: '21,3%', compact: '12,3K', million: `1,5${NBSP}mln`,
    medium: '25 apr 2022', long: '25 aprel 2022', mediumMay: '3 may 2022' },
  // Armenian: a space groups only from five digits on (1234, 12 345); the day has two digits (03); long dates name
  // the month in the genitive.
  hy: { number: '5000,5', negative: `-1${NBSP}234${NBSP}567`, fourDigits: '1234', fraction: '0,13', percent: '21,3%', compact: `12,3${NBSP}հզր`, million: `1,5${NBSP}մլն`,
    medium: '25 ապր, 2022 թ.', long: '25 ապրիլի, 2022 թ.', mediumMay: '03 մյս, 2022 թ.' },
  // Kyrgyz: year first ("2022-ж."), then the day joined to the month.
  ky: { number: `5${NBSP}000,5`, negative: `-1${NBSP}234${NBSP}567`, fourDigits: `1${NBSP}234`, fraction: '0,13', percent: '21,3%', compact: `12,3${NBSP}миң`, million: `1,5${NBSP}млн`,
    medium: '2022-ж., 25-апр.', long: '2022-ж., 25-апрель', mediumMay: '2022-ж., 3-май' },
};

function formatted(locale: string): Row {
  const n = (v: number, o?: Intl.NumberFormatOptions) => numberFormatter(locale, o).format(v);
  const day = (iso: string, style: 'medium' | 'long' = 'medium') => dateFormatter(locale, style).format(new Date(`${iso}T00:00:00Z`));
  return {
    number: n(5000.5), negative: n(-1234567), fourDigits: n(1234), fraction: n(0.125, { maximumFractionDigits: 2 }),
    percent: n(0.213, { style: 'percent', maximumFractionDigits: 1 }),
    compact: n(12345, { notation: 'compact', maximumFractionDigits: 1 }), million: n(1.5e6, { notation: 'compact', maximumFractionDigits: 1 }),
    medium: day('2022-04-25'), long: day('2022-04-25', 'long'), mediumMay: day('2022-05-03'),
  };
}

const MISSING = new Set(['az', 'hy', 'ky']);
/** Intl as Debian's Chromium has it: hy and ky unknown, az claimed but written with the root locale's data. */
const debianChromium: IntlLike = {
  NumberFormat: Object.assign(
    function NumberFormat(locale: string, o?: Intl.NumberFormatOptions) { return new Intl.NumberFormat(MISSING.has(locale) ? 'und' : locale, o); },
    { supportedLocalesOf: (ls: string[]) => ls.filter((l) => l !== 'hy' && l !== 'ky') },
  ) as unknown as typeof Intl.NumberFormat,
  DateTimeFormat: Object.assign(
    function DateTimeFormat(locale: string, o?: Intl.DateTimeFormatOptions) { return new Intl.DateTimeFormat(MISSING.has(locale) ? 'und' : locale, o); },
    { supportedLocalesOf: (ls: string[]) => ls.filter((l) => l !== 'hy' && l !== 'ky') },
  ) as unknown as typeof Intl.DateTimeFormat,
};

afterEach(() => useIntl(Intl));

describe('numbers, percentages and dates in the seven languages', () => {
  it.each(Object.keys(TABLE))('writes %s as the language does, with a full Intl', (locale) => {
    useIntl(Intl);
    expect(formatted(locale)).toEqual(TABLE[locale]);
  });

  it.each(Object.keys(TABLE))('writes %s as the language does in a browser without az, hy and ky data', (locale) => {
    useIntl(debianChromium);
    expect(formatted(locale)).toEqual(TABLE[locale]);
  });

  it('is not fooled by a browser that claims Azerbaijani and writes the root locale', () => {
    useIntl(debianChromium);
    // What Debian's Chromium itself prints for az: the root locale.
    expect(new debianChromium.NumberFormat('az').format(5000.5)).toBe('5,000.5');
    expect(numberFormatter('az').format(5000.5)).toBe('5.000,5');
    expect(dateFormatter('az', 'long').format(new Date('2022-12-01T00:00:00Z'))).toBe('1 dekabr 2022');
  });

  it('keeps grouping off or from five digits when asked', () => {
    useIntl(debianChromium);
    expect(numberFormatter('ky', { useGrouping: false }).format(12345.5)).toBe('12345,5');
    expect(numberFormatter('az', { useGrouping: 'min2' }).format(2022)).toBe('2022');
    expect(numberFormatter('az', { useGrouping: 'min2' }).format(20222)).toBe('20.222');
    expect(numberFormatter('hy', { maximumFractionDigits: 20 }).format(-0.000123)).toBe('-0,000123');
  });
});
