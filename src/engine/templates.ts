// Message templates in Liquid (liquidjs): rendered for one member as plain text, never as markup.
// Every column is a variable under its own name when that is a Liquid identifier, and always as
// customer["column name"] (names with spaces or in any script: customer["şəhər"]).

import { Liquid } from 'liquidjs';
import { numberFormatter } from '../i18n/locale-format';
import type { Message } from '../model/types';

export interface TemplateError { line: number; column: number; message: string }
export interface Rendered { subject?: string; body: string }

const IDENT = /^[A-Za-z_][\w-]*$/;

function engine(locale: string): Liquid {
  // `templates: {}`: include / render / layout look only in this empty map, never on disk (the command line) or over the
  // network (the browser), so a project file cannot pull a local file into a message.
  const liquid = new Liquid({ outputEscape: undefined, strictFilters: true, jsTruthy: false, ownPropertyOnly: true, templates: {} });
  // Case by the project's language: in tr/az, i upcases to İ.
  liquid.registerFilter('upcase', (v: unknown) => (v === undefined || v === null ? v : String(v).toLocaleUpperCase(locale)));
  liquid.registerFilter('downcase', (v: unknown) => (v === undefined || v === null ? v : String(v).toLocaleLowerCase(locale)));
  liquid.registerFilter('capitalize', (v: unknown) => {
    if (v === undefined || v === null) return v;
    const str = String(v);
    return str.charAt(0).toLocaleUpperCase(locale) + str.slice(1).toLocaleLowerCase(locale);
  });
  // Numbers the way the project's language writes them: {{ lifetime_value | number: 2 }}.
  liquid.registerFilter('number', (v: unknown, digits?: number) => {
    const n = typeof v === 'number' ? v : Number(v);
    if (v === null || v === undefined || v === '' || !Number.isFinite(n)) return v;
    // Through the language's own conventions where the worker's Intl has no data for it (az, hy, ky in Chromium).
    return numberFormatter(locale, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  });
  return liquid;
}

const engines = new Map<string, Liquid>();
const cached = (locale: string) => engines.get(locale) ?? engines.set(locale, engine(locale)).get(locale)!;

/** The Liquid scope for a member: empty cells are nil, so `default` applies. */
export function scopeOf(row: Record<string, string | number | boolean | null>): Record<string, unknown> {
  const customer: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) customer[k] = v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v;
  const scope: Record<string, unknown> = { customer };
  for (const [k, v] of Object.entries(customer)) if (IDENT.test(k) && k !== 'customer') scope[k] = v;
  return scope;
}

const OUTPUT = /\{\{-?\s*(?:customer\[\s*(?:"([^"]+)"|'([^']+)')\s*\]|([A-Za-z_][\w-]*))([^}]*)\}\}/g;

/** Columns a template prints without a `default` fallback (an empty value there prints nothing). */
export function unguardedFields(source: string): string[] {
  const out = new Set<string>();
  for (const m of source.matchAll(OUTPUT)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name && !/\|\s*default\b/.test(m[4])) out.add(name);
  }
  return [...out];
}

/** Where a template is broken (1-based line and column), or undefined when it parses. */
export function templateError(source: string, locale = 'en'): TemplateError | undefined {
  try {
    cached(locale).parse(source);
    return undefined;
  } catch (e) {
    const err = e as { token?: { getPosition?: () => [number, number] }; message?: string };
    const [line, column] = err.token?.getPosition?.() ?? [1, 1];
    return { line, column, message: String(err.message ?? e).split(', line:')[0] };
  }
}

/** Renders a message for one member; a broken template gives its error instead of an empty message. */
export function renderMessage(message: Message, row: Record<string, string | number | boolean | null>, locale = 'en'): Rendered | { error: TemplateError; field: 'subject' | 'body' } {
  const liquid = cached(locale);
  const scope = scopeOf(row);
  for (const field of ['subject', 'body'] as const) {
    const source = message[field];
    if (typeof source !== 'string') continue;
    const error = templateError(source, locale);
    if (error) return { error, field };
  }
  try {
    const body = liquid.parseAndRenderSync(message.body ?? '', scope) as string;
    return message.channel === 'email' && typeof message.subject === 'string'
      ? { subject: liquid.parseAndRenderSync(message.subject, scope) as string, body }
      : { body };
  } catch (e) {
    const err = e as { token?: { getPosition?: () => [number, number] }; message?: string };
    const [line, column] = err.token?.getPosition?.() ?? [1, 1];
    return { error: { line, column, message: String(err.message ?? e).split(', line:')[0] }, field: 'body' };
  }
}

/** Where a render failed, as TemplateError. */
function errorAt(e: unknown): TemplateError {
  const err = e as { token?: { getPosition?: () => [number, number] }; message?: string };
  const [line, column] = err.token?.getPosition?.() ?? [1, 1];
  return { line, column, message: String(err.message ?? e).split(', line:')[0] };
}

export type MessageRenderer = (row: Record<string, string | number | boolean | null>) => Rendered;
export class MessageRenderError extends Error {
  constructor(readonly error: TemplateError, readonly field: 'subject' | 'body') { super(error.message); }
}

/**
 * Parses a message once and renders it for many members (an export of the whole audience), or gives where a field is
 * broken. A render that fails for one member throws MessageRenderError.
 */
export function messageRenderer(message: Message, locale = 'en'): MessageRenderer | { error: TemplateError; field: 'subject' | 'body' } {
  const liquid = cached(locale);
  const withSubject = message.channel === 'email' && typeof message.subject === 'string';
  let body, subject;
  try { subject = withSubject ? liquid.parse(message.subject!) : undefined; } catch (e) { return { error: errorAt(e), field: 'subject' }; }
  try { body = liquid.parse(message.body ?? ''); } catch (e) { return { error: errorAt(e), field: 'body' }; }
  const render = (tpl: typeof body, scope: Record<string, unknown>, field: 'subject' | 'body') => {
    try { return liquid.renderSync(tpl, scope) as string; } catch (e) { throw new MessageRenderError(errorAt(e), field); }
  };
  return (row) => {
    const scope = scopeOf(row);
    return subject ? { subject: render(subject, scope, 'subject'), body: render(body, scope, 'body') } : { body: render(body, scope, 'body') };
  };
}
