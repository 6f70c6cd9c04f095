import { describe, expect, it } from 'vitest';
import { and, andNot, full, indexes, or, popcount } from '../../../src/engine/bitset';
import { Engine } from '../../../src/engine/engine';
import { bucket, fnv1a } from '../../../src/engine/hash';
import type { Edge, Project, ProjectNode } from '../../../src/model/types';
import { tableFromCsv } from '../../helpers/table';

const at = { position: { x: 0, y: 0 } };
const e = (source: string, target: string, more: Partial<Edge> = {}): Edge => ({ id: `${source}-${target}-${more.sourceHandle ?? ''}`, source, target, ...more });
function project(nodes: ProjectNode[], edges: Edge[], key?: string): Project {
  return {
    format: 'audience-canvas', version: 1, name: 't', locale: 'en', tables: [{ id: 'customers', role: 'customers', ...(key ? { key } : {}) }], traits: [],
    nodes: [{ id: 'all', type: 'source', table: 'customers', ...at }, ...nodes], edges,
  };
}
const stage = (id: string, conditions: unknown[]) => ({ id, type: 'stage', name: id, match: 'all', conditions, ...at }) as ProjectNode;

// 8 customers: visited pricing (v), requested a demo (d), bought (b).
const JOURNEY = 'id,v,d,b\n1,yes,no,no\n2,yes,yes,no\n3,yes,yes,yes\n4,no,no,yes\n5,no,no,no\n6,yes,no,yes\n7,no,yes,no\n8,,,\n';

async function engineFor(csv: string) {
  const engine = new Engine();
  engine.setTable(await tableFromCsv(csv));
  return engine;
}

describe('bitsets', () => {
  it('combines and counts rows', () => {
    const a = full(40);
    const b = Uint32Array.from([0b1010, 1 << 3]);
    expect(popcount(a)).toBe(40);
    expect([...indexes(and(a, b))]).toEqual([1, 3, 35]);
    expect(popcount(andNot(a, b))).toBe(37);
    expect(popcount(or(b, b))).toBe(3);
    expect([...indexes(a, 3)]).toEqual([0, 1, 2]);
  });
});

describe('stages', () => {
  it('puts each customer in the furthest stage it qualifies for, counting reached and drop-off', async () => {
    const engine = await engineFor(JOURNEY);
    const p = project([
      stage('aw', [{ column: 'v', op: 'isTrue' }]), stage('co', [{ column: 'd', op: 'isTrue' }]), stage('de', [{ column: 'b', op: 'isTrue' }]),
    ], [e('all', 'aw'), e('aw', 'co'), e('co', 'de')]);
    const { nodes } = engine.count(p);
    // de: 3,4,6 · co: 2,7 (bought nothing) · aw: 1 (visited only) · none: 5, 8
    expect(nodes.de).toEqual({ count: 3, input: 5, reached: 3 });
    expect(nodes.co).toEqual({ count: 2, input: 6, reached: 5 });
    expect(nodes.aw).toEqual({ count: 1, input: 8, reached: 6 });
    expect(engine.membersPage(p, 'co', undefined, { offset: 0, limit: 10 }).rows.map((r) => r[0])).toEqual([2, 7]);
  });

  it('counts a customer who meets only a later stage in that stage', async () => {
    const engine = await engineFor(JOURNEY);
    const p = project([stage('aw', [{ column: 'v', op: 'isTrue' }]), stage('de', [{ column: 'b', op: 'isTrue' }])], [e('all', 'aw'), e('aw', 'de')]);
    expect(engine.membersPage(p, 'de', undefined, { offset: 0, limit: 10 }).rows.map((r) => r[0])).toEqual([3, 4, 6]);
  });
});

describe('overlap of nodes', () => {
  it('counts how each segment spreads over the stages', async () => {
    const engine = await engineFor(JOURNEY);
    const p = project([
      stage('aw', [{ column: 'v', op: 'isTrue' }]), stage('co', [{ column: 'd', op: 'isTrue' }]), stage('de', [{ column: 'b', op: 'isTrue' }]),
      { id: 'f', type: 'filter', match: 'all', negate: false, conditions: [{ column: 'id', op: 'lte', value: 4 }], ...at },
      { id: 'seg', type: 'segment', name: 'first four', color: '#000', ...at },
      { id: 'broken', type: 'segment', name: 'no input', color: '#000', ...at },
    ], [e('all', 'aw'), e('aw', 'co'), e('co', 'de'), e('all', 'f'), e('f', 'seg')]);
    // first four: 1 in aw, 2 in co, 3 and 4 in de; a segment without input counts nothing.
    expect(engine.overlap(p, ['seg', 'all', 'broken'], ['aw', 'co', 'de'])).toEqual([[1, 1, 2], [1, 2, 3], [0, 0, 0]]);
  });
});

describe('message preview', () => {
  it('renders the segment\'s message for the member asked for, flags empty fields without fallback, and counts SMS parts', async () => {
    const engine = await engineFor('id,name,city\n1,Aysel,Şəki\n2,,Bakı\n3,Leyla,\n');
    const p = project([{ id: 'seg', type: 'segment', name: 's', color: '#000', ...at,
      message: { channel: 'sms', body: 'Salam {{ name | default: "dost" }} {{ city }}' } } as ProjectNode], [e('all', 'seg')]);
    expect(engine.messagePreview(p, 'seg', 1)).toEqual({ total: 3, index: 1, rendered: { body: 'Salam dost Bakı' }, emptyFields: [],
      sms: { encoding: 'UCS-2', length: 15, parts: 1, left: 55 } }); // ı of Bakı is not GSM-7
    expect(engine.messagePreview(p, 'seg', 99)).toMatchObject({ index: 2, rendered: { body: 'Salam Leyla ' }, emptyFields: ['city'] });
    expect(engine.messagePreview(p, 'seg', 2).sms).toEqual({ encoding: 'GSM-7', length: 12, parts: 1, left: 148 });
  });

  it('gives the template error with its place, and nothing to render for a node without message', async () => {
    const engine = await engineFor('id\n1\n');
    const p = project([{ id: 'seg', type: 'segment', name: 's', color: '#000', ...at, message: { channel: 'email', subject: 'x', body: '{{ id' } } as ProjectNode,
      { id: 'quiet', type: 'segment', name: 'q', color: '#000', ...at } as ProjectNode], [e('all', 'seg'), e('all', 'quiet')]);
    expect(engine.messagePreview(p, 'seg', 0)).toMatchObject({ total: 1, error: { field: 'body', line: 1, column: 1 } });
    expect(engine.messagePreview(p, 'quiet', 0)).toEqual({ total: 1, index: 0, emptyFields: [] });
  });
});

describe('random splits', () => {
  const csv = 'key\n' + Array.from({ length: 2000 }, (_, i) => `K${i}`).join('\n') + '\n';
  const split = (seed: number) => ({ id: 's', type: 'split', kind: 'random', seed, ...at,
    branches: [{ id: 'a', label: 'A', percent: 45 }, { id: 'b', label: 'B', percent: 45 }, { id: 'h', label: 'H', percent: 5 }] }) as ProjectNode;

  it('is deterministic by seed and key, and leaves the rest unassigned', async () => {
    const engine = await engineFor(csv);
    const p = project([split(7)], [e('all', 's')], 'key');
    const first = engine.count(p).nodes.s;
    expect(engine.count(p).nodes.s).toEqual(first);
    const { a, b, h } = first.branches!;
    expect(a + b + h).toBe(first.count);
    expect(first.count).toBeLessThan(2000);
    for (const [n, pct] of [[a, 45], [b, 45], [h, 5]]) expect(Math.abs(n / 2000 - pct / 100)).toBeLessThan(0.04);
    expect(engine.count(project([split(8)], [e('all', 's')], 'key')).nodes.s.branches).not.toEqual(first.branches);
  });

  it('puts each row in the branch of its bucket, whether few rows reach the split or many', async () => {
    const engine = await engineFor('key,n\n' + Array.from({ length: 2000 }, (_, i) => `K${i},${i}`).join('\n') + '\n');
    // Under 1/16 of the rows (tested row by row) and over it (tested over all buckets at once).
    for (const below of [100, 1500]) {
      const filter = { id: 'f', type: 'filter', match: 'all', negate: false, conditions: [{ column: 'n', op: 'lt', value: below }], ...at } as ProjectNode;
      const counts = engine.count(project([filter, split(7)], [e('all', 'f'), e('f', 's')], 'key')).nodes.s.branches;
      const expected = { a: 0, b: 0, h: 0 };
      for (let i = 0; i < below; i++) {
        const k = bucket(7, `K${i}`);
        if (k < 4500) expected.a++; else if (k < 9000) expected.b++; else if (k < 9500) expected.h++;
      }
      expect(counts).toEqual(expected);
    }
  });

  it('hashes with FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(bucket(7, 'K1')).toBe(fnv1a('7:K1') % 10000);
  });
});

describe('value splits', () => {
  it('gives a branch per listed value plus other, empties included in other', async () => {
    const engine = await engineFor('n,c\n1,AZ\n2,tr\n3,TR \n4,RU\n5,\n6,AZ\n');
    const p = project([{ id: 's', type: 'split', kind: 'value', column: 'c', values: ['AZ', 'TR'], ...at } as ProjectNode], [e('all', 's')]);
    expect(engine.count(p).nodes.s.branches).toEqual({ AZ: 2, TR: 2, other: 2 });
  });
});

describe('running counts inside a filter', () => {
  const filter = (match: 'all' | 'any', negate: boolean, conditions: unknown[]) =>
    ({ id: 'f', type: 'filter', match, negate, conditions, ...at }) as ProjectNode;
  // v: 1,2,3,6 · d: 2,3,7 · b: 3,4,6
  const three = [{ column: 'v', op: 'isTrue' }, { column: 'd', op: 'isTrue' }, { column: 'b', op: 'isTrue' }];

  it('narrows the input condition by condition with all', async () => {
    const engine = await engineFor(JOURNEY);
    expect(engine.count(project([filter('all', false, three)], [e('all', 'f')])).nodes.f).toEqual({ count: 1, input: 8, steps: [4, 2, 1] });
  });

  it('widens it condition by condition with any', async () => {
    const engine = await engineFor(JOURNEY);
    expect(engine.count(project([filter('any', false, three)], [e('all', 'f')])).nodes.f).toEqual({ count: 6, input: 8, steps: [4, 5, 6] });
  });

  it('counts the steps before NOT, so the last step and the count add up to the input', async () => {
    const engine = await engineFor(JOURNEY);
    expect(engine.count(project([filter('all', true, three.slice(0, 2))], [e('all', 'f')])).nodes.f).toEqual({ count: 6, input: 8, steps: [4, 2] });
  });

  it('counts within the filter\'s input, not the whole table', async () => {
    const engine = await engineFor(JOURNEY);
    const p = project([
      filter('all', false, [{ column: 'id', op: 'lte', value: 4 }]),
      { ...filter('all', false, three), id: 'g' } as ProjectNode,
    ], [e('all', 'f'), e('f', 'g')]);
    expect(engine.count(p).nodes.g).toEqual({ count: 1, input: 4, steps: [3, 2, 1] });
  });

  it('gives no steps to a filter with one condition', async () => {
    const engine = await engineFor(JOURNEY);
    expect(engine.count(project([filter('all', false, three.slice(0, 1))], [e('all', 'f')])).nodes.f).toEqual({ count: 4, input: 8 });
  });

  it('reports the "as of" date it counted from: the project\'s, or today without dates in the data', async () => {
    const engine = await engineFor(JOURNEY);
    expect(engine.count({ ...project([], []), asOf: '2024-05-06' }).asOf).toBe('2024-05-06');
    expect(engine.count(project([], [])).asOf).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('the predicate cache', () => {
  it('re-evaluates only the condition an edit changed', async () => {
    const engine = await engineFor(JOURNEY);
    const filter = (value: string) => ({ id: 'f', type: 'filter', match: 'all', negate: false, ...at,
      conditions: [{ column: 'v', op: 'isTrue' }, { column: 'id', op: 'gt', value }] }) as ProjectNode;
    engine.count(project([filter('1')], [e('all', 'f')]));
    const before = engine.predicatesComputed;
    const r = engine.count(project([filter('4')], [e('all', 'f')]));
    expect(engine.predicatesComputed - before).toBe(1);
    expect(r.nodes.f).toEqual({ count: 1, input: 8, steps: [4, 1] });
  });

  it('forgets a replaced table', async () => {
    const engine = await engineFor(JOURNEY);
    const p = project([{ id: 'f', type: 'filter', match: 'all', negate: false, ...at, conditions: [{ column: 'v', op: 'isTrue' }] } as ProjectNode], [e('all', 'f')]);
    expect(engine.count(p).nodes.f.count).toBe(4);
    engine.setTable(await tableFromCsv('id,v\n1,yes\n2,no\n'));
    expect(engine.count(p)).toMatchObject({ total: 2, nodes: { f: { count: 1 } } });
  });
});

describe('errors', () => {
  it('reports a missing table instead of counting zero', () => {
    const engine = new Engine();
    expect(engine.count(project([], [])).nodes.all.error).toEqual({ path: 'tables', key: 'engine.error.noData', params: { table: 'customers' } });
  });
});

describe('open bounds', () => {
  it('finds the next double on either side', async () => {
    const { nextDouble } = await import('../../../src/engine/bitset');
    expect(nextDouble(1, 1)).toBe(1 + Number.EPSILON);
    expect(nextDouble(1, -1)).toBe(1 - Number.EPSILON / 2);
    expect(nextDouble(-1, 1)).toBe(-1 + Number.EPSILON / 2);
    expect(nextDouble(0, -1)).toBe(-Number.MIN_VALUE);
    expect(nextDouble(Infinity, -1)).toBe(Infinity);
  });
});

describe('the default "as of" date', () => {
  it('is the latest date in the data, and today only when the data has no dates', async () => {
    const { isoDay } = await import('../../../src/engine/dates');
    const engine = await engineFor('id,joined\n1,2014-06-29\n2,2013-01-01\n');
    const recent = (amount: number) => project([{ id: 'f', type: 'filter', match: 'all', negate: false, ...at, conditions: [{ column: 'joined', op: 'inLast', value: { amount, unit: 'day' } }] } as ProjectNode], [e('all', 'f')]);
    expect(engine.count(recent(0)).nodes.f.count).toBe(1); // as of 2014-06-29, not today
    const undated = await engineFor('id,n\n1,5\n');
    expect(undated.count(project([], [])).total).toBe(1);
    expect(isoDay('2014-06-29')).toBe(16250);
  });
});
