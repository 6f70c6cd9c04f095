// Every catalogue beside the English one (src/i18n/<locale>/): every English key, the same placeholders and Liquid
// fields, the plural forms each language needs, no hand-written digits in Persian, and Russian counts that read right.

import { describe, expect, it } from 'vitest';
import english from '../../../src/i18n/en/index';
import { readdirSync } from 'node:fs';
import fa from '../../../src/i18n/fa/index';
import ru from '../../../src/i18n/ru/index';
import { addCatalogue, setLocale, t, type Message } from '../../../src/i18n/index';
import { templateError } from '../../../src/engine/templates';

const en = english as Record<string, Message>;
const dirs = readdirSync('src/i18n', { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'en').map((d) => d.name);
const locales: Record<string, Record<string, Message>> = Object.fromEntries(
  await Promise.all(dirs.map(async (d) => [d, (await import(`../../../src/i18n/${d}/index.ts`)).default as Record<string, Message>])),
);

it('has the seven languages of the product', () => {
  expect(['en', ...dirs].sort()).toEqual(['az', 'en', 'fa', 'hy', 'ky', 'ru', 'tr']);
});
const texts = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m).filter((x): x is string => typeof x === 'string'));
/** `{name}` placeholders, leaving Liquid's `{{ … }}` aside. */
const placeholders = (s: string) => [...s.replace(/\{\{[^}]*\}\}/g, '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** The fields and filters of Liquid output tags, without the fallback text (which is translated). */
const liquid = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*(\|\s*\w+)?/g)].map((m) => `${m[1]}${m[2]?.replace(/\s/g, '') ?? ''}`);

describe.each(Object.keys(locales))('the %s catalogue', (locale) => {
  const cat = locales[locale];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();

  it('has every English key and no other', () => {
    expect(Object.keys(en).filter((k) => !(k in cat))).toEqual([]);
    expect(Object.keys(cat).filter((k) => !(k in en))).toEqual([]);
  });

  it('keeps the placeholders of each English message', () => {
    const wrong = Object.keys(en).filter((k) => k in cat).filter((k) => {
      const want = placeholders(texts(en[k])[0]);
      return texts(cat[k]).some((s) => placeholders(s).join() !== want.join());
    });
    expect(wrong).toEqual([]);
  });

  it('gives each plural message exactly the forms the language has, and plain strings where English has them', () => {
    const wrong = Object.keys(en).filter((k) => k in cat).filter((k) => {
      if (typeof en[k] === 'string') return typeof cat[k] !== 'string';
      return typeof cat[k] === 'string' || Object.keys(cat[k]).sort().join() !== categories.join();
    });
    expect(wrong).toEqual([]);
  });

  it('keeps the Liquid fields of the starter messages, and they parse', () => {
    for (const k of Object.keys(en).filter((x) => x.startsWith('message.starter.'))) {
      const text = cat[k] as string;
      expect([k, liquid(text)]).toEqual([k, liquid(en[k] as string)]);
      expect([k, templateError(text)]).toEqual([k, undefined]);
    }
  });

  it('translates the words people read first (not a copy of English)', () => {
    for (const k of ['ui.node.source', 'palette.family.demographic', 'palette.block.age', 'ui.sentence.between', 'message.starter.retention.subject']) {
      expect([k, cat[k]]).not.toEqual([k, en[k]]);
    }
  });
});

describe('Persian text', () => {
  it('writes no digit by hand: numbers come from Intl, so they show as Persian digits', () => {
    const withDigits = Object.entries(fa).filter(([, m]) => texts(m).some((s) => /[0-9۰-۹٠-٩]/.test(s.replace(/\{\{[^}]*\}\}/g, ''))));
    expect(withDigits.map(([k]) => k)).toEqual([]);
  });

  it('formats the count on a card with Persian digits', () => {
    addCatalogue('fa', fa);
    setLocale('fa');
    try {
      expect(t('ui.node.customers', { count: 1234 })).toBe('۱٬۲۳۴ مشتری');
    } finally { setLocale('en'); }
  });
});

describe('Russian counts', () => {
  it.each([
    [1, '1 клиент'], [2, '2 клиента'], [4, '4 клиента'], [5, '5 клиентов'], [11, '11 клиентов'], [21, '21 клиент'], [22, '22 клиента'], [0, '0 клиентов'], [1.5, '1,5 клиента'],
  ])('reads %s as “%s”', (count, text) => {
    addCatalogue('ru', ru);
    setLocale('ru');
    try {
      expect(t('ui.node.customers', { count })).toBe(text);
    } finally { setLocale('en'); }
  });
});
