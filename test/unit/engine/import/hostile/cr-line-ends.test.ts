// Found by the import fuzz: a file past the 256 KiB sample whose lines end in a lone CR (classic Mac, some exports).
import { describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';

describe('a CR-only file longer than the sample', () => {
  // 30,000 rows of "<i>;Name <i>" (about 490 KB), lines ended by CR alone.
  const rows = Array.from({ length: 30_000 }, (_, i) => `${i};Name ${i}`);
  const file = new Blob([['id;name', ...rows].join('\r') + '\r']);

  it('previews its header and first rows, and estimates its rows from the sample', async () => {
    // Before: the sample was cut at its last LF (there is none), so the header read as "i" and no rows followed.
    const preview = await previewFile(file);
    expect(preview.columns.map((c) => c.name)).toEqual(['id', 'name']);
    expect(preview.rows.slice(0, 2)).toEqual([['0', 'Name 0'], ['1', 'Name 1']]);
    expect(preview.rowsExact).toBe(false);
    expect(Math.abs(preview.rowCount! / 30_000 - 1)).toBeLessThan(0.05);
  });

  it('imports every row', async () => {
    const { table } = await importFile(file, 't', 'cr');
    expect([table.rowCount, table.columns.map((c) => c.name)]).toEqual([30_000, ['id', 'name']]);
  });
});
