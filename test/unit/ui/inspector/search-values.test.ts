import { describe, expect, it } from 'vitest';
import { parseList, searchValues } from '../../../../src/ui/inspector/search-values';

const v = (...xs: string[]) => xs.map((value) => ({ value, count: 1 }));

describe('searching values', () => {
  it('ignores case, accents and the Turkish dot', () => {
    const cities = v('İstanbul', 'Isparta', 'Türkiye', 'Baku', 'Շիրակ');
    expect(searchValues(cities, 'ist', 'en').map((x) => x.value)).toEqual(['İstanbul']);
    expect(searchValues(cities, 'TURK', 'en').map((x) => x.value)).toEqual(['Türkiye']);
    expect(searchValues(cities, 'ısp', 'tr').map((x) => x.value)).toEqual(['Isparta']);
    expect(searchValues(cities, 'isp', 'tr').map((x) => x.value)).toEqual(['Isparta']);
    expect(searchValues(cities, 'İST', 'tr').map((x) => x.value)).toEqual(['İstanbul']);
    expect(searchValues(cities, '  ', 'en')).toHaveLength(5);
  });

  it('reads a typed list: trimmed, without blanks or repeats', () => {
    expect(parseList(' Male, , Female,Male ,')).toEqual(['Male', 'Female']);
  });
});
