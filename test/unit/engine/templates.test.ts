import { describe, expect, it } from 'vitest';
import { renderMessage, scopeOf, templateError, unguardedFields } from '../../../src/engine/templates';

const email = (subject: string, body: string) => ({ channel: 'email' as const, subject, body });

describe('rendering a message for a member', () => {
  it('falls back with default when a field is missing, blank or whitespace', () => {
    for (const first of [null, '', '   ']) {
      expect(renderMessage(email('Hi {{ first_name | default: "there" }}', 'x'), { first_name: first })).toEqual({ subject: 'Hi there', body: 'x' });
    }
    expect(renderMessage(email('Hi {{ first_name | default: "there" }}', 'x'), { first_name: 'Aysel' })).toEqual({ subject: 'Hi Aysel', body: 'x' });
  });

  it('reaches columns whose names are not identifiers through customer["…"]', () => {
    const out = renderMessage({ channel: 'sms', body: '{{ customer["şəhər"] }} / {{ customer["Annual Income (k$)"] }}' }, { 'şəhər': 'Şəki', 'Annual Income (k$)': 15 });
    expect(out).toEqual({ body: 'Şəki / 15' });
  });

  it('cases by the project locale and formats numbers for it', () => {
    expect(renderMessage({ channel: 'sms', body: '{{ city | upcase }} {{ name | capitalize }}' }, { city: 'istanbul', name: 'IŞIL' }, 'tr')).toEqual({ body: 'İSTANBUL Işıl' });
    expect(renderMessage({ channel: 'sms', body: '{{ city | upcase }}' }, { city: 'istanbul' }, 'en')).toEqual({ body: 'ISTANBUL' });
    expect(renderMessage({ channel: 'sms', body: '{{ v | number: 2 }}' }, { v: 1234.5 }, 'de')).toEqual({ body: '1.234,50' });
    expect(renderMessage({ channel: 'sms', body: '{{ v | number }}|' }, { v: null }, 'de')).toEqual({ body: '|' });
  });

  it('keeps markup in cells and templates as plain characters', () => {
    const xss = '<img src=x onerror=alert(1)>';
    expect(renderMessage({ channel: 'sms', body: `{{ note }} ${xss}` }, { note: xss })).toEqual({ body: `${xss} ${xss}` });
  });

  it('gives a subject only for email', () => {
    expect(renderMessage({ channel: 'push', subject: 'ignored', body: 'b' }, {})).toEqual({ body: 'b' });
  });

  it('reports a broken template at its line and column instead of rendering nothing', () => {
    expect(renderMessage(email('ok', 'Hello\n{{ first_name '), {})).toMatchObject({ field: 'body', error: { line: 2, column: 1 } });
    expect(renderMessage(email('{{ x | shout }}', 'b'), {})).toMatchObject({ field: 'subject', error: { line: 1, column: 1, message: 'undefined filter: shout' } });
    expect(templateError('{% if a %}no end')).toMatchObject({ line: 1, column: 1 });
    expect(templateError('fine {{ a | default: 1 }}')).toBeUndefined();
  });
});

describe('what a template prints without a fallback', () => {
  it('lists plain and customer["…"] fields that have no default filter', () => {
    expect(unguardedFields('Hi {{ first_name }} {{ last_name | default: "x" }} {{ customer["şəhər"] | upcase }} {{customer[\'a b\']|default:1}}'))
      .toEqual(['first_name', 'şəhər']);
  });

  it('makes empty cells nil and exposes identifier names at the top level', () => {
    expect(scopeOf({ first_name: ' ', 'şəhər': 'Bakı', age: 30, customer: 'x' })).toEqual({
      customer: { first_name: undefined, 'şəhər': 'Bakı', age: 30, customer: 'x' }, first_name: undefined, age: 30,
    });
  });
});

describe('the starter messages of the catalogue', () => {
  it('are valid Liquid for every stage kind, subject and body', async () => {
    const { default: en } = await import('../../../src/i18n/en/messages.json');
    const starters = Object.entries(en).filter(([k]) => k.startsWith('message.starter.'));
    expect(starters).toHaveLength(10);
    for (const [key, text] of starters) expect([key, templateError(text as string)]).toEqual([key, undefined]);
  });
});
