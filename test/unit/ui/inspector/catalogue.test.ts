// Every inspector.* key the code uses has an English message (the architecture test covers the older namespaces).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueKeys } from '../../../../src/i18n/index';

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('the inspector catalogue', () => {
  it('has a message for every inspector key used, including those built from types, units, colours and modes', () => {
    const keys = new Set(catalogueKeys());
    const used = new Set<string>();
    for (const f of files('src').filter((x) => /\.(ts|svelte)$/.test(x))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/['"`](inspector\.[a-zA-Z]+(?:\.[a-zA-Z]+)*)['"`]/g)) used.add(m[1]);
    }
    for (const type of ['number', 'text', 'date', 'boolean', 'tags']) used.add(`inspector.type.${type}`);
    for (const unit of ['day', 'week', 'month', 'year']) used.add(`inspector.unit.${unit}`);
    for (const mode of ['union', 'intersect', 'exclude']) used.add(`inspector.combine.${mode}`).add(`inspector.combine.${mode}Hint`).add(`inspector.sentence.${mode}Plain`);
    for (const v of ['true', 'false']) used.add(`inspector.boolean.${v}`);
    for (const op of ['inLast', 'olderThan']) used.add(`inspector.date.${op}`);
    for (const c of ['violet', 'teal', 'magenta', 'orange', 'blue', 'slate', 'green', 'red']) used.add(`inspector.colour.${c}`);
    expect(used.size).toBeGreaterThan(90);
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });
});
