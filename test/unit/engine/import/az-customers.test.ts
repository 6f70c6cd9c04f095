// An Azerbaijani customer file as such files come: semicolons, decimal commas with thousands dots, D.M.YYYY dates,
// ə ı İ ş ç ğ ö ü in names, cities and column names, a few blanks; imported, bound to the palette and matched by az rules.

import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../../src/engine/engine';
import { fold } from '../../../../src/engine/fold';
import { importFile, previewFile } from '../../../../src/engine/import/index';
import { cellValue } from '../../../../src/engine/table';
import { bindBlock } from '../../../../src/model/bind-block';
import { BLOCKS } from '../../../../src/model/palette';
import type { Condition, Project } from '../../../../src/model/types';

const FIXTURE = 'test/fixtures/az-customers.csv';
const file = () => openAsBlob(FIXTURE);
const block = (id: string) => BLOCKS.find((b) => b.id === id)!;

describe('importing az-customers.csv', () => {
  it('detects semicolons, UTF-8 and each column\'s type, decimal comma and day-first dates', async () => {
    const { options, columns, warnings } = await previewFile(await file());
    expect([options.delimiter, options.encoding, warnings]).toEqual([';', 'utf-8', []]);
    expect(columns.map((c) => [c.name, c.type, c.decimal ?? c.format ?? null, c.empty])).toEqual([
      ['id', 'number', '.', 0], ['ad', 'text', null, 0], ['soyad', 'text', null, 0], ['yaş', 'number', '.', 2],
      ['şəhər', 'text', null, 1], ['məbləğ', 'number', ',', 2], ['qeydiyyat_tarixi', 'date', 'D.M.YYYY', 2],
    ]);
  });

  it('reads 1.234,56 as 1234.56, D.M.YYYY as day then month, and blanks as empty, never 0', async () => {
    const { table } = await importFile(await file(), 'customers', 'az-customers.csv');
    const row = (i: number) => Object.fromEntries(table.columns.map((c) => [c.name, cellValue(c, i)]));
    expect(table.rowCount).toBe(30);
    expect(row(0)).toEqual({ id: 1, ad: 'Aysel', soyad: 'Məmmədova', 'yaş': 28, 'şəhər': 'Bakı', 'məbləğ': 1234.56, qeydiyyat_tarixi: '2021-04-03' });
    expect(row(2)).toMatchObject({ 'şəhər': 'Şəki', 'məbləğ': 12500.75, qeydiyyat_tarixi: '2022-02-01' });
    expect(row(6)).toMatchObject({ ad: 'Ülviyyə', 'yaş': null, 'məbləğ': 75.4 });
    expect(row(10)).toMatchObject({ ad: 'Nicat', 'məbləğ': null });
    expect(row(22)).toEqual({ id: 23, ad: 'Elçin', soyad: 'Novruzov', 'yaş': null, 'şəhər': null, 'məbləğ': null, qeydiyyat_tarixi: null });
  });

  it('binds the age block to yaş and the city block to şəhər', async () => {
    const { columns } = await previewFile(await file());
    expect([bindBlock(block('age'), columns), bindBlock(block('city'), columns)]).toEqual(['yaş', 'şəhər']);
  });
});

describe('Azerbaijani case folding', () => {
  it.each([
    ['İsmayıllı', 'az', 'ismayıllı'], ['İSMAYILLI', 'az', 'ismayıllı'], ['BAKI', 'az', 'bakı'], [' Bakı ', 'az', 'bakı'], ['ŞƏKİ', 'az', 'şəki'],
    ['BAKI', 'en', 'baki'], ['İsmayıllı', 'en', 'i\u0307smayıllı'], ['ŞƏKİ', 'en', 'şəki\u0307'],
  ])('folds %j in %s to %j', (text, locale, folded) => {
    expect(fold(text, locale)).toBe(folded);
  });

  const count = async (locale: string, ...conditions: Condition[]) => {
    const engine = new Engine();
    engine.setTable((await importFile(await file(), 'customers', 'az-customers.csv')).table);
    const p: Project = {
      format: 'audience-canvas', version: 1, name: 'az', locale, tables: [{ id: 'customers', role: 'customers' }], traits: [],
      nodes: [{ id: 'all', type: 'source', table: 'customers', position: { x: 0, y: 0 } },
        { id: 'f', type: 'filter', match: 'all', negate: false, conditions, position: { x: 0, y: 0 } }],
      edges: [{ id: 'e', source: 'all', target: 'f' }],
    };
    return engine.count(p).nodes.f.count;
  };

  it('matches İsmayıllı and İSMAYILLI to ismayıllı in az, and neither in en (where İ lowers to i + a dot above)', async () => {
    const c: Condition = { column: 'şəhər', op: 'eq', value: 'ismayıllı' };
    expect([await count('az', c), await count('en', c)]).toEqual([2, 0]);
  });

  it('matches BAKI to bakı in az but not in en (where I lowers to a dotted i)', async () => {
    const c: Condition = { column: 'şəhər', op: 'in', value: ['bakı'] };
    expect([await count('az', c), await count('en', c)]).toEqual([16, 14]);
  });

  it('counts Bakı customers aged 25 to 40, and amounts over 1.000,5, the way a plain loop over the file does', async () => {
    const lines = (await (await file()).text()).trim().split('\n').slice(1).map((l) => l.split(';'));
    const amount = (s: string) => (s === '' ? NaN : Number(s.replace(/\./g, '').replace(',', '.')));
    const inBaku = lines.filter((r) => r[4].trim().toLocaleLowerCase('az') === 'bakı' && r[3] !== '' && Number(r[3]) >= 25 && Number(r[3]) <= 40).length;
    const over = lines.filter((r) => amount(r[5]) > 1000.5).length;
    expect([inBaku, over]).toEqual([11, 15]);
    expect(await count('az', { column: 'şəhər', op: 'in', value: ['Bakı'] }, { column: 'yaş', op: 'between', value: [25, 40] })).toBe(inBaku);
    expect(await count('az', { column: 'məbləğ', op: 'gt', value: 1000.5 })).toBe(over);
  });
});
