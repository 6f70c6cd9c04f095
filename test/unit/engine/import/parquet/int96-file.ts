// A Parquet file with an INT96 timestamp column, written byte by byte from the format's spec (DuckDB, which writes
// every other test file, has no option to write INT96; Spark and Impala do): thrift compact protocol, one row
// group, uncompressed PLAIN pages.

/** Thrift compact protocol, only what a Parquet footer and page header need. */
class Thrift {
  readonly out: number[] = [];
  private last = [0];

  private varint(n: bigint): void {
    for (; n >= 0x80n; n >>= 7n) this.out.push(Number(n & 0x7fn) | 0x80);
    this.out.push(Number(n));
  }
  private zigzag(n: number): void { this.varint(n >= 0 ? BigInt(n) * 2n : BigInt(-n) * 2n - 1n); }
  private field(id: number, type: number): void {
    const delta = id - this.last[this.last.length - 1];
    this.out.push((delta << 4) | type); // every id here is 1..15 above the previous one
    this.last[this.last.length - 1] = id;
  }
  i32(id: number, v: number): this { this.field(id, 5); this.zigzag(v); return this; }
  i64(id: number, v: number): this { this.field(id, 6); this.zigzag(v); return this; }
  string(id: number, s: string): this { this.field(id, 8); this.bytes(s); return this; }
  private bytes(s: string): void { const b = new TextEncoder().encode(s); this.varint(BigInt(b.length)); this.out.push(...b); }
  struct(id: number, body: (t: this) => void): this { this.field(id, 12); this.inStruct(body); return this; }
  private inStruct(body: (t: this) => void): void { this.last.push(0); body(this); this.out.push(0); this.last.pop(); }
  structs<T>(id: number, items: T[], body: (t: this, item: T) => void): this {
    this.field(id, 9); this.out.push((items.length << 4) | 12);
    for (const item of items) this.inStruct((t) => body(t, item));
    return this;
  }
  i32s(id: number, items: number[]): this { this.field(id, 9); this.out.push((items.length << 4) | 5); items.forEach((v) => this.zigzag(v)); return this; }
  strings(id: number, items: string[]): this { this.field(id, 9); this.out.push((items.length << 4) | 8); items.forEach((s) => this.bytes(s)); return this; }
}

const le = (n: bigint, bytes: number) => Array.from({ length: bytes }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn));

/** The INT96 column's page: definition levels (4-byte length, then bit-packed runs of 8, 1: a value, 0: null), values. */
function stampPage(stamps: ([number, bigint] | null)[]): number[] {
  const groups = Math.ceil(stamps.length / 8);
  const packed = Array.from({ length: groups }, (_, g) => stamps.slice(g * 8, g * 8 + 8).reduce((b, s, i) => b | (s ? 1 << i : 0), 0));
  const levels = [...varint(BigInt((groups << 1) | 1)), ...packed];
  return [...le(BigInt(levels.length), 4), ...levels, ...stamps.flatMap((s) => (s ? [...le(s[1], 8), ...le(BigInt(s[0]), 4)] : []))];
}

function varint(n: bigint): number[] {
  const out: number[] = [];
  for (; n >= 0x80n; n >>= 7n) out.push(Number(n & 0x7fn) | 0x80);
  return [...out, Number(n)];
}

/**
 * Rows of `id` INT32 (required) 1, 2, 3 …, and `ts` INT96 (optional): each timestamp as its Julian day and
 * nanoseconds of that day, null for an empty cell (INT96 is 8 bytes of nanoseconds then 4 of the day, little-endian).
 * `claimedRows`: the row count the footer states (more than the pages hold makes a damaged file); `pageRows`: rows
 * per data page.
 */
export function int96Parquet(stamps: ([julianDay: number, nanos: bigint] | null)[], claimedRows = stamps.length, pageRows = stamps.length): Uint8Array<ArrayBuffer> {
  const n = stamps.length;
  const file: number[] = [...new TextEncoder().encode('PAR1')];
  /** Writes a column chunk of one data page per `pageRows` rows; its offset and size. */
  const chunk = (page: (from: number, to: number) => number[]) => {
    const offset = file.length;
    for (let from = 0; from < n; from += pageRows) {
      const to = Math.min(n, from + pageRows), data = page(from, to);
      const header = new Thrift().i32(1, 0).i32(2, data.length).i32(3, data.length)
        .struct(5, (t) => t.i32(1, to - from).i32(2, 0).i32(3, 3).i32(4, 3)).out;
      file.push(...header, 0, ...data);
    }
    return { offset, size: file.length - offset };
  };
  const columns = [
    { name: 'id', type: 1, repetition: 0, ...chunk((from, to) => stamps.slice(from, to).flatMap((_, i) => le(BigInt(from + i + 1), 4))) },
    { name: 'ts', type: 3, repetition: 1, ...chunk((from, to) => stampPage(stamps.slice(from, to))) },
  ];
  const footer = new Thrift()
    .i32(1, 1)
    .structs(2, [{ name: 'schema', children: 2 }, ...columns], (t, e) => {
      if ('type' in e) t.i32(1, e.type).i32(3, e.repetition).string(4, e.name);
      else t.string(4, e.name).i32(5, e.children);
    })
    .i64(3, claimedRows)
    .structs(4, [columns], (t, cols) => {
      t.structs(1, cols, (c, col) => c.i64(2, col.offset).struct(3, (m) => m
        .i32(1, col.type).i32s(2, [0, 3]).strings(3, [col.name]).i32(4, 0).i64(5, n)
        .i64(6, col.size).i64(7, col.size).i64(9, col.offset)));
      t.i64(2, cols.reduce((s, c) => s + c.size, 0)).i64(3, claimedRows);
    }).out;
  footer.push(0);
  file.push(...footer, ...le(BigInt(footer.length), 4), ...new TextEncoder().encode('PAR1'));
  return new Uint8Array(file);
}
