// The most frequent of a stream of counted items, and the rows per dictionary code they are counted from.

import type { DictColumn } from './table';

/** Keeps the `limit` items with the highest counts offered, highest first (ties: first offered first). */
export class TopValues<T extends { count: number }> {
  items: T[] = [];
  constructor(private readonly limit: number) {}

  /** Whether an item of `count` would be kept now (test before making one, in a long loop). */
  wants(count: number): boolean {
    const items = this.items, limit = this.limit;
    return items.length < limit || (limit > 0 && count > items[limit - 1].count);
  }

  offer(item: T): void {
    const items = this.items;
    if (!this.wants(item.count)) return;
    let i = items.length;
    while (i > 0 && items[i - 1].count < item.count) i--;
    items.splice(i, 0, item);
    if (items.length > this.limit) items.pop();
  }
}

/** How many of the first `rows` rows hold each code of a dictionary column. */
export function codeCounts(c: DictColumn, rows: number): Uint32Array {
  const perCode = new Uint32Array(c.dict.length);
  for (let i = 0; i < rows; i++) perCode[c.codes[i]]++;
  return perCode;
}
