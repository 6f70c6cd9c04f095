// The preview's row count: exact when the whole file was read, an estimate from the sample's bytes per row otherwise.

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { previewFile } from '../../../../src/engine/import/index';
import { sharedFile } from '../../../helpers/shared-data';

const blob = async (name: string) => new Blob([await readFile(sharedFile(name))]);

describe('the row count of a text preview', () => {
  it('is exact for a file read whole (mall_customers.csv, 200 rows)', async () => {
    const p = await previewFile(await blob('mall_customers.csv'));
    expect([p.rowCount, p.rowsExact]).toEqual([200, true]);
  });

  it('is exact for a JSON array, which the preview reads whole', async () => {
    const p = await previewFile(new Blob([JSON.stringify([{ a: 1 }, { a: 2 }, { a: 3 }])]));
    expect([p.rowCount, p.rowsExact]).toEqual([3, true]);
  });

  it('estimates a big file within 5% and says it is an estimate (bank_additional_full.csv, 41,188 rows)', async () => {
    const p = await previewFile(await blob('bank_additional_full.csv'));
    expect(p.rowsExact).toBe(false);
    expect(Math.abs(p.rowCount! - 41_188) / 41_188).toBeLessThan(0.05);
  });

  it('estimates NDJSON read in part by its lines', async () => {
    const line = (i: number) => `${JSON.stringify({ id: `C${String(i).padStart(6, '0')}`, n: i % 97 })}\n`;
    const p = await previewFile(new Blob([Array.from({ length: 20_000 }, (_, i) => line(i)).join('')]));
    expect(p.options.format).toBe('ndjson');
    expect(p.rowsExact).toBe(false);
    expect(Math.abs(p.rowCount! - 20_000) / 20_000).toBeLessThan(0.02);
  });
});
