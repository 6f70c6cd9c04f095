// The starter messages of every catalogue render for a demo member of that language, and as an SMS take the
// encoding their letters force: UCS-2 for Azerbaijani, Turkish, Persian, Armenian, Kyrgyz and Russian text, GSM-7 for
// plain English. Segment counts at the 160/153 and 70/67 limits, for a literal text in each script.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoCsv } from '../../../src/engine/demo';
import { smsInfo } from '../../../src/engine/sms';
import { cellValue } from '../../../src/engine/table';
import { renderMessage } from '../../../src/engine/templates';
import { tableFromCsv } from '../../helpers/table';

const I18N = 'src/i18n';
const LOCALES = readdirSync(I18N, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const starters = (locale: string): [string, string][] => {
  const all = JSON.parse(readFileSync(`${I18N}/${locale}/messages.json`, 'utf8')) as Record<string, unknown>;
  return Object.entries(all).filter((e): e is [string, string] => e[0].startsWith('message.starter.') && typeof e[1] === 'string');
};

/** Each locale's customers in the demo data, and the letters that put its text outside GSM-7. */
const EXPECT: Record<string, { country: string; letters?: RegExp }> = {
  en: { country: 'United Kingdom' },
  az: { country: 'Azerbaijan', letters: /[əƏıİşŞğĞç]/ },
  tr: { country: 'Türkiye', letters: /[ıİşŞğĞç]/ },
  fa: { country: 'Iran', letters: /[\u0600-\u06FF]/ },
  hy: { country: 'Armenia', letters: /[\u0531-\u058F]/ },
  ky: { country: 'Kyrgyzstan', letters: /[\u0400-\u04FF]/ },
  ru: { country: 'Russia', letters: /[\u0400-\u04FF]/ },
};

const demo = tableFromCsv(demoCsv(400));
async function member(country: string): Promise<Record<string, string | number | boolean | null>> {
  const t = await demo;
  const col = t.columns.find((c) => c.name === 'country')!;
  const i = Array.from({ length: t.rowCount }, (_, k) => k).find((k) => cellValue(col, k) === country)!;
  return Object.fromEntries(t.columns.map((c) => [c.name, cellValue(c, i)]));
}

const parts = (length: number, single: number, multi: number) => (length === 0 ? 0 : length <= single ? 1 : Math.ceil(length / multi));

describe.each(LOCALES)('the %s starter messages', (locale) => {
  const keys = starters(locale);
  const expectation = EXPECT[locale];

  it('exist, one subject and one body per stage', () => {
    expect(keys.length).toBe(10);
  });

  it.each(keys)('%s renders for a demo member and with every field empty, printing no Liquid', async (_, source) => {
    const row = await member(expectation?.country ?? 'United Kingdom');
    for (const r of [row, Object.fromEntries(Object.keys(row).map((k) => [k, null]))]) {
      const out = renderMessage({ channel: 'sms', body: source }, r, locale);
      expect(out).not.toHaveProperty('error');
      expect((out as { body: string }).body).not.toMatch(/\{\{|\}\}|\{%/);
    }
    if (source.includes('first_name')) expect((renderMessage({ channel: 'sms', body: source }, row, locale) as { body: string }).body).toContain(String(row.first_name));
  });

  it.runIf(expectation)('takes the encoding its letters force as an SMS, with parts at the 160/153 or 70/67 limits', async () => {
    const row = await member(expectation.country);
    for (const [key, source] of keys.filter(([k]) => k.endsWith('.body'))) {
      const body = (renderMessage({ channel: 'sms', body: source }, row, locale) as { body: string }).body;
      const ucs2 = Boolean(expectation.letters); // English: every starter stays GSM-7 (no dashes, curly quotes)
      if (expectation.letters) expect(body, key).toMatch(expectation.letters);
      const info = smsInfo(body);
      expect([key, info.encoding], body).toEqual([key, ucs2 ? 'UCS-2' : 'GSM-7']);
      expect(info.length).toBe(body.length); // no GSM-7 extension characters in these texts
      expect(info.parts).toBe(ucs2 ? parts(body.length, 70, 67) : parts(body.length, 160, 153));
    }
  });
});

describe('SMS parts at the limits, per script', () => {
  const fit = (phrase: string, n: number) => phrase.repeat(Math.ceil(n / phrase.length)).slice(0, n);
  it.each([
    ['English', fit('Your offer is ready, Emily. ', 160), 'GSM-7', 160, 1, 0],
    ['English', fit('Your offer is ready, Emily. ', 307), 'GSM-7', 307, 3, 152],
    ['English with €', fit('Save 10€ today! ', 160), 'GSM-7', 170, 2, 136], // ten € take two septets each
    ['Azerbaijani', fit('Salam, Aysel! Təklifiniz hazırdır. ', 70), 'UCS-2', 70, 1, 0],
    ['Azerbaijani', fit('Salam, Aysel! Təklifiniz hazırdır. ', 135), 'UCS-2', 135, 3, 66],
    ['Turkish', fit('Merhaba Işıl, teklifiniz hazır. ', 70), 'UCS-2', 70, 1, 0],
    ['Turkish', fit('Merhaba Işıl, teklifiniz hazır. ', 71), 'UCS-2', 71, 2, 63],
    ['Russian', fit('Здравствуйте, Анна! Ваше предложение готово. ', 70), 'UCS-2', 70, 1, 0],
    ['Russian', fit('Здравствуйте, Анна! Ваше предложение готово. ', 134), 'UCS-2', 134, 2, 0],
    ['Kyrgyz', fit('Саламатсызбы, Айгүл! Сунуш даяр. ', 71), 'UCS-2', 71, 2, 63],
    ['Kyrgyz', fit('Саламатсызбы, Айгүл! Сунуш даяр. ', 201), 'UCS-2', 201, 3, 0],
    ['Armenian', fit('Բարև Անի, ձեր առաջարկը պատրաստ է։ ', 70), 'UCS-2', 70, 1, 0],
    ['Armenian', fit('Բարև Անի, ձեր առաջարկը պատրաստ է։ ', 135), 'UCS-2', 135, 3, 66],
    ['Persian', fit('سلام مریم، پیشنهاد شما آماده است. ', 70), 'UCS-2', 70, 1, 0],
    ['Persian', fit('سلام مریم، پیشنهاد شما آماده است. ', 68), 'UCS-2', 68, 1, 2],
  ])('%s, %j → %s, %i long, %i part(s), %i left', (_, text, encoding, length, count, left) => {
    expect(smsInfo(text)).toEqual({ encoding, length, parts: count, left });
  });
});
