// House rules that a reader should not have to check by hand.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueKeys } from '../../src/i18n/index';
import { opsForType } from '../../src/model/operators';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('architecture', () => {
  it('keeps model and engine free of Svelte, Dexie, the DOM and the store (they run in Node too)', () => {
    const pure = [...files('src/model'), ...files('src/engine')].filter((f) => f.endsWith('.ts') && !f.endsWith('worker.ts'));
    const offenders = pure.filter((f) => /from ['"](svelte|dexie|@xyflow|comlink)|from ['"]\.\.\/(store|state|ui)\/|\bdocument\.|\bwindow\./.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('never renders imported or typed text as markup', () => {
    const html = files('src/ui').filter((f) => f.endsWith('.svelte') && readFileSync(f, 'utf8').includes('{@html'));
    expect(html).toEqual([]);
  });

  it('has an English message for every catalogue key used in the code', () => {
    const keys = new Set(catalogueKeys());
    const used = new Set<string>();
    for (const f of files('src').filter((x) => /\.(ts|svelte)$/.test(x))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/['"`]((?:ui|model|import|engine|store|common)\.[a-zA-Z]+(?:\.[a-zA-Z]+)*)['"`]/g)) used.add(m[1]);
    }
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('has the messages that keys built from operators, types, units and node kinds need', () => {
    const keys = new Set(catalogueKeys());
    const types = ['number', 'text', 'date', 'boolean', 'tags'] as const;
    const ops = new Set(types.flatMap((t) => opsForType(t)));
    const wanted = [
      ...[...ops].flatMap((op) => [`ui.op.${op}`, `ui.sentence.${op}`]), ...types.map((t) => `ui.type.${t}`),
      ...['day', 'week', 'month', 'year'].map((u) => `ui.unit.${u}`),
      ...['source', 'filter', 'combine', 'split', 'segment', 'stage', 'note'].map((n) => `ui.node.${n}`),
    ];
    expect(wanted.filter((k) => !keys.has(k))).toEqual([]);
  });
});
