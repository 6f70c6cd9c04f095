import { describe, expect, it } from 'vitest';
import type { ColumnProfile } from '../../../../src/engine/api';
import { DATE_PRESETS, isPreset, latestDate } from '../../../../src/ui/inspector/date-presets';
import { formatDay } from '../../../../src/ui/inspector/format-day';

const date = (name: string, max?: string): ColumnProfile => ({ name, type: 'date', empty: 0, distinct: 1, top: [], ...(max ? { max } : {}) });

describe('relative date presets', () => {
  it('recognises a condition that is exactly a preset', () => {
    const [, thirty] = DATE_PRESETS;
    expect(isPreset(thirty, 'inLast', { amount: 30, unit: 'day' })).toBe(true);
    expect(isPreset(thirty, 'olderThan', { amount: 30, unit: 'day' })).toBe(false);
    expect(isPreset(thirty, 'inLast', { amount: 30, unit: 'week' })).toBe(false);
    expect(isPreset(thirty, 'inLast', undefined)).toBe(false);
  });

  it('defaults "as of" to the latest day of any date column', () => {
    expect(latestDate([date('a', '2025-01-02'), date('b', '2026-10-31 14:30'), date('c')])).toBe('2026-10-31');
    expect(latestDate([{ name: 'n', type: 'number', empty: 0, distinct: 1, top: [], max: 5 }])).toBeUndefined();
  });

  it('writes a day as people read it', () => {
    expect([formatDay('2026-10-31'), formatDay('2026-10-31 14:30'), formatDay('soon')]).toEqual(['Oct 31, 2026', 'Oct 31, 2026', 'soon']);
  });
});
