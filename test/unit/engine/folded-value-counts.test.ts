import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { foldedValueCounts } from '../../../src/engine/folded-value-counts';
import { importFile } from '../../../src/engine/import/index';
import type { DictColumn } from '../../../src/engine/table';
import { tableFromCsv } from '../../helpers/table';

/** A text column whose rows hold `cells` (null: empty), dictionary in first-seen order as the importer builds it. */
function column(cells: (string | null)[]): DictColumn {
  const dict: (string | null)[] = [null];
  const codes = Uint32Array.from(cells.map((v) => {
    if (v === null) return 0;
    const k = dict.indexOf(v);
    return k > 0 ? k : dict.push(v) - 1;
  }));
  return { name: 'city', type: 'text', codes, dict };
}

describe('the values of az-customers.csv şəhər, as the filter tells them apart', () => {
  async function engine() {
    const e = new Engine();
    e.setTable((await importFile(await openAsBlob('test/fixtures/az-customers.csv'), 'customers', 'az-customers.csv')).table);
    return e;
  }

  it('in Azerbaijani: Bakı, BAKI, bakı and " Bakı " are one Bakı of 16, İSMAYILLI is İsmayıllı', async () => {
    expect((await engine()).valueCounts('customers', 'şəhər', 'az', 100)).toEqual({
      distinct: 8,
      top: [
        { value: 'Bakı', count: 16 }, { value: 'Gəncə', count: 4 }, { value: 'Şəki', count: 3 }, { value: 'İsmayıllı', count: 2 },
        { value: 'Sumqayıt', count: 1 }, { value: 'Lənkəran', count: 1 }, { value: 'Quba', count: 1 }, { value: 'Xaçmaz', count: 1 },
      ],
    });
  });

  it('in English: BAKI (I lowers to i) and İSMAYILLI stay apart, bakı and " Bakı " join Bakı', async () => {
    expect((await engine()).valueCounts('customers', 'şəhər', 'en', 100)).toEqual({
      distinct: 10,
      top: [
        { value: 'Bakı', count: 14 }, { value: 'Gəncə', count: 4 }, { value: 'Şəki', count: 3 }, { value: 'BAKI', count: 2 },
        { value: 'İsmayıllı', count: 1 }, { value: 'Sumqayıt', count: 1 }, { value: 'Lənkəran', count: 1 }, { value: 'İSMAYILLI', count: 1 },
        { value: 'Quba', count: 1 }, { value: 'Xaçmaz', count: 1 },
      ],
    });
  });

  it('lists only the most frequent when asked for fewer, still counting every folded value', async () => {
    expect((await engine()).valueCounts('customers', 'şəhər', 'tr', 2)).toEqual({ distinct: 8, top: [{ value: 'Bakı', count: 16 }, { value: 'Gəncə', count: 4 }] });
  });

  it('answers null for a number column, a missing column or table', async () => {
    const e = await engine();
    expect([e.valueCounts('customers', 'yaş', 'az', 10), e.valueCounts('customers', 'nope', 'az', 10), e.valueCounts('orders', 'şəhər', 'az', 10)]).toEqual([null, null, null]);
  });
});

describe('counting text values per folded value', () => {
  it('labels a value with its most frequent spelling, not the first one seen', () => {
    const c = column(['istanbul', 'İstanbul', 'İSTANBUL', 'İstanbul', 'Ankara']);
    expect(foldedValueCounts(c, 5, 'tr', 10)).toEqual({ distinct: 2, top: [{ value: 'İstanbul', count: 4 }, { value: 'Ankara', count: 1 }] });
    // In English İ lowers to i + a combining dot: only İstanbul and İSTANBUL are alike.
    expect(foldedValueCounts(c, 5, 'en', 10)).toEqual({ distinct: 3, top: [{ value: 'İstanbul', count: 3 }, { value: 'istanbul', count: 1 }, { value: 'Ankara', count: 1 }] });
  });

  it('gives a tie of spellings to the one seen first, and adds spellings that differ only by spaces', () => {
    expect(foldedValueCounts(column(['BAKI', 'Bakı', ' BAKI', 'Bakı ']), 4, 'az', 10).top).toEqual([{ value: 'BAKI', count: 4 }]);
    expect(foldedValueCounts(column(['bakı', ' Bakı ', 'Bakı']), 3, 'az', 10).top).toEqual([{ value: 'Bakı', count: 3 }]);
  });

  it('never lists empty or whitespace-only values, nor counts them as distinct', () => {
    const c = column([null, '   ', '\t', 'Quba', null, ' ']);
    expect(foldedValueCounts(c, 6, 'az', 10)).toEqual({ distinct: 1, top: [{ value: 'Quba', count: 1 }] });
    expect(foldedValueCounts(column([null, '  ']), 2, 'az', 10)).toEqual({ distinct: 0, top: [] });
  });

  it('keeps markup-like text as the text it is', async () => {
    const table = await tableFromCsv('id,city\n1,<img src=x onerror=alert(1)>\n2,<IMG SRC=x onerror=alert(1)>\n3,Quba\n');
    const e = new Engine();
    e.setTable(table);
    expect(e.valueCounts('customers', 'city', 'en', 10)).toEqual({ distinct: 2, top: [{ value: '<img src=x onerror=alert(1)>', count: 2 }, { value: 'Quba', count: 1 }] });
  });

  it('counts only the first `rows` rows and nothing for a limit of 0', () => {
    const c = column(['a', 'b', 'b', 'c']);
    expect(foldedValueCounts(c, 2, 'en', 10)).toEqual({ distinct: 2, top: [{ value: 'a', count: 1 }, { value: 'b', count: 1 }] });
    expect(foldedValueCounts(c, 4, 'en', 0)).toEqual({ distinct: 3, top: [] });
  });
});
