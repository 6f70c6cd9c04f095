// A node's members as a grid of plain cells: every column of the table (traits included) and, when asked, the node's
// message rendered for each member (message_channel, message_subject for email, message_body).

import type { Message } from '../model/types';
import { cellValue, type Table } from './table';
import { MessageRenderError, messageRenderer, type TemplateError } from './templates';

export type Cell = string | number | boolean | null;
/** How a column's cells read: numbers and booleans as themselves, dates as ISO text (`YYYY-MM-DD[THH:MM:SS]`), text. */
export type CellKind = 'number' | 'date' | 'boolean' | 'text';

export interface MemberGrid { columns: string[]; kinds: CellKind[]; rows: Cell[][] }

/** A template that cannot be rendered: where, in which field, and for which member (0-based) when only one failed. */
export interface MessageFailure { error: TemplateError; field: 'subject' | 'body'; member?: number }

const kindOf = (type: Table['columns'][number]['type']): CellKind => (type === 'number' || type === 'date' || type === 'boolean' ? type : 'text');

/** The grid of `rows` of `table`; with a message, three (two without an email subject) message columns at the end. */
export function memberGrid(table: Table, rows: Uint32Array, message?: Message, locale = 'en'): MemberGrid | { failure: MessageFailure } {
  const columns = table.columns.map((c) => c.name);
  const kinds = table.columns.map((c) => kindOf(c.type));
  const cells = Array.from(rows, (i) => table.columns.map((c) => cellValue(c, i)));
  if (!message) return { columns, kinds, rows: cells };
  const render = messageRenderer(message, locale);
  if (typeof render !== 'function') return { failure: render };
  const email = message.channel === 'email';
  const extra = email ? ['message_channel', 'message_subject', 'message_body'] : ['message_channel', 'message_body'];
  for (let m = 0; m < cells.length; m++) {
    const row = cells[m];
    try {
      const out = render(Object.fromEntries(columns.map((n, k) => [n, row[k]])));
      row.push(message.channel, ...(email ? [out.subject ?? ''] : []), out.body);
    } catch (e) {
      if (e instanceof MessageRenderError) return { failure: { error: e.error, field: e.field, member: m } };
      throw e;
    }
  }
  return { columns: [...columns, ...extra], kinds: [...kinds, ...extra.map((): CellKind => 'text')], rows: cells };
}
