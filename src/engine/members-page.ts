// Windows of a node's members in a chosen order, with the order kept so that scrolling on to the next window is cheap.

import type { MembersPage, MembersPageRequest } from './api';
import { type Bitset, indexes } from './bitset';
import { collatorFor, columnRanks, type Ranks, sortRows, type SortDirection, textRanksOf } from './member-order';
import { cellValue, type Column, findColumn, isDict, type Table } from './table';

/** The most rows one window may ask for. */
export const MAX_PAGE = 1000;

interface Order { set: Bitset; table: Table; column: string; direction: SortDirection | ''; locale: string; rows: Uint32Array }

/**
 * Members of a set in an order, one window at a time; sets are never changed once made (the evaluation cache hands out the same
 * object while a node's members are unchanged), so a set object plus the sort is the key of an order.
 */
export class MemberPages {
  private orders: Order[] = [];
  private ranks = new WeakMap<Column, Map<string, Ranks>>();
  /** How many orders were made (not served from the cache); for tests. */
  computed = 0;
  constructor(private readonly keep = 6) {}

  /** Window `request.offset` … + `limit` of the members `set` of `table`, sorted as asked. */
  page(set: Bitset, table: Table, locale: string, request: MembersPageRequest): MembersPage {
    const columns = table.columns.map((c) => ({ name: c.name, type: c.type }));
    const column = request.sort ? findColumn(table, request.sort.column) : undefined;
    const direction: SortDirection = request.sort?.direction === 'descending' ? 'descending' : 'ascending';
    const rows = this.order(set, table, column, direction, locale);
    const offset = clamp(request.offset, 0, rows.length);
    const limit = clamp(request.limit, 0, MAX_PAGE);
    const window = rows.subarray(offset, offset + limit);
    return {
      columns,
      rows: Array.from(window, (i) => table.columns.map((c) => cellValue(c, i))),
      total: rows.length,
      offset,
      ...(column ? { sort: { column: column.name, direction } } : {}),
    };
  }

  private order(set: Bitset, table: Table, column: Column | undefined, direction: SortDirection, locale: string): Uint32Array {
    const name = column?.name ?? '';
    const dir = column ? direction : '';
    const at = this.orders.findIndex((o) => o.set === set && o.table === table && o.column === name && o.direction === dir && o.locale === locale);
    if (at >= 0) {
      const [hit] = this.orders.splice(at, 1);
      this.orders.push(hit); // most recently used goes last
      return hit.rows;
    }
    this.computed++;
    const members = indexes(set);
    const rows = column ? sortRows(members, this.ranksFor(column, members, locale), direction) : members;
    this.orders.push({ set, table, column: name, direction: dir, locale, rows });
    if (this.orders.length > this.keep) this.orders.shift();
    return rows;
  }

  /** Ranks of the column for these members: the column's own (kept), or for few members of a many-valued text column, theirs. */
  private ranksFor(column: Column, members: Uint32Array, locale: string): Ranks {
    if (isDict(column) && members.length * 8 < column.dict.length && !this.ranks.get(column)?.has(locale)) {
      return textRanksOf(column, members, collatorFor(locale));
    }
    return this.ranksOf(column, locale);
  }

  private ranksOf(column: Column, locale: string): Ranks {
    let byLocale = this.ranks.get(column);
    if (!byLocale) this.ranks.set(column, (byLocale = new Map()));
    const key = column.type === 'text' || column.type === 'tags' ? locale : ''; // only text order depends on the locale
    let r = byLocale.get(key);
    if (!r) byLocale.set(key, (r = columnRanks(column, collatorFor(locale))));
    return r;
  }
}

/** A whole number within lo..hi; anything else (NaN, a string, Infinity) becomes lo or hi. */
function clamp(v: unknown, lo: number, hi: number): number {
  const n = typeof v === 'number' && !Number.isNaN(v) ? Math.floor(v) : lo;
  return Math.min(hi, Math.max(lo, n));
}
