import { describe, expect, it } from 'vitest';
import { bestLocale, directionOf, LANGUAGES } from '../../../src/i18n/languages';

const seven = ['en', 'az', 'tr', 'fa', 'hy', 'ky', 'ru'];

describe('the best language for a browser', () => {
  it.each([
    [['tr-TR', 'en-US'], 'tr'],
    [['fa-IR'], 'fa'],
    [['de-DE', 'ru-RU', 'en'], 'ru'],
    [['hy'], 'hy'],
    [['az-Latn-AZ'], 'az'],
    [['ky_KG'], 'ky'],
    [['en-GB', 'tr'], 'en'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferred, want) => {
    expect(bestLocale(preferred, seven)).toBe(want);
  });

  it('only picks a language that has a catalogue', () => {
    expect(bestLocale(['ky-KG', 'ru-RU'], ['en', 'fa', 'hy', 'ru'])).toBe('ru');
  });
});

describe('writing direction', () => {
  it.each([['fa', 'rtl'], ['fa-IR', 'rtl'], ['ar', 'rtl'], ['en', 'ltr'], ['az', 'ltr'], ['tr', 'ltr'], ['hy', 'ltr'], ['ky', 'ltr'], ['ru', 'ltr']])(
    '%s reads %s', (locale, dir) => { expect(directionOf(locale)).toBe(dir); },
  );

  it('lists the seven languages, each in its own name, Persian right to left', () => {
    expect(LANGUAGES.map((l) => `${l.code} ${l.name} ${l.dir}`)).toEqual([
      'en English ltr', 'az Azərbaycanca ltr', 'tr Türkçe ltr', 'fa فارسی rtl', 'hy Հայերեն ltr', 'ky Кыргызча ltr', 'ru Русский ltr',
    ]);
  });
});
