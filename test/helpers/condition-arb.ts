// Random conditions (fast-check) drawn from a file's own profile: real values, every operator its column type allows.

import fc from 'fast-check';
import type { ColumnProfile } from '../../src/engine/api';
import { opsForType, valueShape } from '../../src/model/operators';
import type { Condition } from '../../src/model/types';

export function conditionArb(columns: ColumnProfile[]): fc.Arbitrary<Condition> {
  return fc.constantFrom(...columns.filter((c) => c.type !== 'tags' && c.distinct > 0)).chain((col) =>
    fc.constantFrom(...opsForType(col.type)).chain((op): fc.Arbitrary<Condition> => {
      const tops = col.top.map((t) => t.value);
      const pick: fc.Arbitrary<string | number> = col.type === 'number' ? fc.constantFrom(...tops.map(Number), Number(col.min), Number(col.max)) : col.type === 'date'
        ? fc.constantFrom(...tops.map((d) => d.slice(0, 10))) : fc.constantFrom(...tops);
      const base = { column: col.name, op };
      if (op === 'topPercent' || op === 'bottomPercent') return fc.integer({ min: 0, max: 100 }).map((value) => ({ ...base, value }));
      switch (valueShape(op)) {
        case 'none': return fc.constant(base);
        case 'list': return fc.uniqueArray(pick, { minLength: 1, maxLength: 3 }).map((value) => ({ ...base, value }));
        // Ends in order: reversed ends are a problem the project names (model.error.valueOrder), not a count.
        case 'pair': return fc.tuple(pick, pick).map(([a, b]) => ({ ...base, value: (col.type === 'date' ? String(a) > String(b) : Number(a) > Number(b)) ? [b, a] : [a, b] }));
        case 'relative': return fc.record({ amount: fc.integer({ min: 0, max: 400 }), unit: fc.constantFrom('day', 'week', 'month', 'year') }).map((value) => ({ ...base, value }));
        default:
          if (col.type === 'text' && (op === 'contains' || op === 'notContains' || op === 'startsWith' || op === 'endsWith')) {
            return fc.constantFrom(...tops).chain((s) => fc.integer({ min: 0, max: Math.max(0, s.length - 1) }).map((i) => ({ ...base, value: s.slice(i, i + 3) || s })));
          }
          return pick.map((value) => ({ ...base, value }));
      }
    }),
  );
}
