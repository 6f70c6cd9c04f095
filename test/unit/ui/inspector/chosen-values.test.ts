import { describe, expect, it } from 'vitest';
import { chosenValues, distinctByFold, toggleValue } from '../../../../src/ui/inspector/chosen-values';

const v = (...xs: string[]) => xs.map((value) => ({ value, count: 1 }));

describe('chosen values of a checklist', () => {
  it.each([
    ['az', ['BAKI', ' bakı ', 'Quba'], true, ['Quba']],
    ['en', ['BAKI', ' bakı ', 'Quba'], true, ['BAKI', 'Quba']],
    ['en', ['BAKI'], false, ['BAKI']],
  ])('in %s, %j ticks Bakı: %s, leaves as typed: %j', (locale, selected, ticked, typed) => {
    const chosen = chosenValues(v('Bakı', 'Gəncə'), selected, locale);
    expect([chosen.has('Bakı'), chosen.has('Gəncə'), chosen.typed]).toEqual([ticked, false, typed]);
  });

  it('unticks every spelling of a value, and ticks it as it is listed', () => {
    expect(toggleValue(['BAKI', 'Quba', 'bakı'], 'Bakı', 'az')).toEqual(['Quba']);
    expect(toggleValue(['BAKI', 'Quba'], 'Bakı', 'en')).toEqual(['BAKI', 'Quba', 'Bakı']);
  });

  it('keeps the first of the spellings that are one value', () => {
    expect(distinctByFold(v('Bakı', 'Gəncə', 'BAKI', 'bakı', 'İsmayıllı', 'İSMAYILLI'), 'az').map((x) => x.value)).toEqual(['Bakı', 'Gəncə', 'İsmayıllı']);
    expect(distinctByFold(v('Bakı', 'Gəncə', 'BAKI', 'bakı', 'İsmayıllı', 'İSMAYILLI'), 'en').map((x) => x.value)).toEqual(['Bakı', 'Gəncə', 'BAKI', 'İsmayıllı', 'İSMAYILLI']);
  });
});
