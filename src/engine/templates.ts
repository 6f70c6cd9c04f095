// Message templates in Liquid (liquidjs): rendered for one member as plain text, never as markup.
// Every column is a variable under its own name when that is a Liquid identifier, and always as
// customer["column name"] (names with spaces or in any script: customer["şəhər"]).

import { Liquid } from 'liquidjs';
import { numberFormatter } from '../i18n/locale-format';
import type { Message } from '../model/types';
import { isLimitError, isTimeLimit, LIQUID_LIMITS, MEMORY_MAX, RENDER_TRIES, TEMPLATE_MAX_CHARS } from './template-limits';

/** Where a template fails; `tooLong` when it went past a limit (too long, too slow, too big) rather than being broken. */
export interface TemplateError { line: number; column: number; message: string; tooLong?: true }
export interface Rendered { subject?: string; body: string }

/** What liquidjs binds `this` to in a filter (its FilterImpl, not exported): the render's context with its memory limit. */
interface FilterImpl { context: { memoryLimit: { use(count: number): void } } }

const IDENT = /^[A-Za-z_][\w-]*$/;

function engine(locale: string): Liquid {
  // `templates: {}`: include / render / layout look only in this empty map, never on disk (the command line) or over the
  // network (the browser), so a project file cannot pull a local file into a message. The limits stop a runaway
  // template (a loop of millions, a string doubled in a loop, megabytes of tags) in a fraction of a second.
  const liquid = new Liquid({ outputEscape: undefined, strictFilters: true, jsTruthy: false, ownPropertyOnly: true, templates: {}, ...LIQUID_LIMITS });
  // Case by the project's language: in tr/az, i upcases to İ. Each new string counts against the memory limit, as
  // liquidjs's own upcase does.
  const text = (ctx: FilterImpl, v: unknown) => { const str = String(v); ctx.context.memoryLimit.use(str.length); return str; };
  liquid.registerFilter('upcase', function (this: FilterImpl, v: unknown) { return v === undefined || v === null ? v : text(this, v).toLocaleUpperCase(locale); });
  liquid.registerFilter('downcase', function (this: FilterImpl, v: unknown) { return v === undefined || v === null ? v : text(this, v).toLocaleLowerCase(locale); });
  liquid.registerFilter('capitalize', function (this: FilterImpl, v: unknown) {
    if (v === undefined || v === null) return v;
    const str = text(this, v);
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

// The filters of an output end at the first `}` or `{{`: `[^}]*` alone rescanned the rest of the template from every
// unclosed `{{` (30,000 characters of `{{a` took half a second, 5 MB hours).
const OUTPUT = /\{\{-?\s*(?:customer\[\s*(?:"([^"]+)"|'([^']+)')\s*\]|([A-Za-z_][\w-]*))((?:[^{}]|\{(?!\{))*)\}\}/g;

/** Columns a template prints without a `default` fallback (an empty value there prints nothing); none for a template past TEMPLATE_MAX_CHARS, which does not render. */
export function unguardedFields(source: string): string[] {
  if (source.length > TEMPLATE_MAX_CHARS) return [];
  const out = new Set<string>();
  for (const m of source.matchAll(OUTPUT)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name && !/\|\s*default\b/.test(m[4])) out.add(name);
  }
  return [...out];
}

/** Where a parse or render failed, as TemplateError. */
function errorAt(e: unknown): TemplateError {
  const err = e as { token?: { getPosition?: () => [number, number] }; message?: string };
  const [line, column] = err.token?.getPosition?.() ?? [1, 1];
  const message = String(err.message ?? e).split(', line:')[0];
  return isLimitError(e) ? { line, column, message, tooLong: true } : { line, column, message };
}

/** Where a template is broken (1-based line and column), or undefined when it parses. */
export function templateError(source: string, locale = 'en'): TemplateError | undefined {
  try {
    cached(locale).parse(source);
    return undefined;
  } catch (e) {
    return errorAt(e);
  }
}

/** Renders a message for one member; a broken template gives its error instead of an empty message. */
export function renderMessage(message: Message, row: Record<string, string | number | boolean | null>, locale = 'en'): Rendered | { error: TemplateError; field: 'subject' | 'body' } {
  // A subject kept from when the message was an email is not sent, but a broken one is still shown.
  if (message.channel !== 'email' && typeof message.subject === 'string') {
    const error = templateError(message.subject, locale);
    if (error) return { error, field: 'subject' };
  }
  const render = messageRenderer(message, locale);
  if (typeof render !== 'function') return render;
  try {
    return render(row);
  } catch (e) {
    if (e instanceof MessageRenderError) return { error: e.error, field: e.field };
    throw e;
  }
}

export type MessageRenderer = (row: Record<string, string | number | boolean | null>) => Rendered;
export class MessageRenderError extends Error {
  constructor(readonly error: TemplateError, readonly field: 'subject' | 'body') { super(error.message); }
}

type Parsed = ReturnType<Liquid['parse']>;

/** One field rendered for one member within the limits: a time-out is tried once more, a message past MEMORY_MAX characters is refused. */
function renderField(liquid: Liquid, tpl: Parsed, scope: Record<string, unknown>, field: 'subject' | 'body'): string {
  for (let tries = 1; ; tries++) {
    try {
      const out = liquid.renderSync(tpl, scope) as string;
      // Output is not charged to liquidjs's memory limit: {% capture %} doubled in a loop can print millions of characters.
      if (out.length > MEMORY_MAX) throw new MessageRenderError({ line: 1, column: 1, message: 'message too long', tooLong: true }, field);
      return out;
    } catch (e) {
      if (e instanceof MessageRenderError) throw e;
      if (tries < RENDER_TRIES && isTimeLimit(e)) continue;
      throw new MessageRenderError(errorAt(e), field);
    }
  }
}

/**
 * Parses a message once and renders it for many members (an export of the whole audience), or gives where a field is
 * broken. A render that fails for one member throws MessageRenderError.
 */
export function messageRenderer(message: Message, locale = 'en'): MessageRenderer | { error: TemplateError; field: 'subject' | 'body' } {
  const liquid = cached(locale);
  const withSubject = message.channel === 'email' && typeof message.subject === 'string';
  let body: Parsed, subject: Parsed | undefined;
  try { subject = withSubject ? liquid.parse(message.subject!) : undefined; } catch (e) { return { error: errorAt(e), field: 'subject' }; }
  try { body = liquid.parse(message.body ?? ''); } catch (e) { return { error: errorAt(e), field: 'body' }; }
  return (row) => {
    const scope = scopeOf(row);
    return subject
      ? { subject: renderField(liquid, subject, scope, 'subject'), body: renderField(liquid, body, scope, 'body') }
      : { body: renderField(liquid, body, scope, 'body') };
  };
}
