import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveStatus } from '../../../src/store/autosave';
import { db } from '../../../src/store/db';
import { StorageError } from '../../../src/store/errors';
import { lastProjectId, loadProject, saveProject, setLastProjectId } from '../../../src/store/projects';
import { loadTables, saveTable } from '../../../src/store/tables';
import { newProject } from '../../../src/model/restore';
import { tableFromCsv } from '../../helpers/table';

describe('storage', () => {
  it('saves and loads a project as plain JSON, and remembers the last one', async () => {
    const p = { ...newProject('Spring', 'demo'), extra: { kept: true } };
    await saveProject('p1', p);
    await setLastProjectId('p1');
    expect(await loadProject('p1')).toEqual(p);
    expect(await lastProjectId()).toBe('p1');
    expect(await loadProject('nope')).toBeUndefined();
  });

  it('keeps typed columns through a round trip', async () => {
    const table = await tableFromCsv('name,age,vip\nAyşe,30,yes\n,,\n', 'people');
    await saveTable(table, { id: 'people', name: 'people.csv', rowCount: 2, columns: [], warnings: [] });
    const [loaded] = await loadTables();
    expect(loaded.table.columns[1]).toEqual(table.columns[1]);
    expect(loaded.table.columns[1].type === 'number' && loaded.table.columns[1].values).toBeInstanceOf(Float64Array);
    expect(loaded.table).toEqual(table);
  });

  it('turns a full disk into a quota error and keeps the saved copy', async () => {
    await saveProject('q', newProject('before', 'demo'));
    const spy = vi.spyOn(db().projects, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(saveProject('q', newProject('after', 'demo'))).rejects.toMatchObject({ kind: 'quota', key: 'store.error.quota' });
    spy.mockRestore();
    expect(await loadProject('q')).toMatchObject({ name: 'before' });
  });

  it('turns a full disk on a table write into a quota error and keeps the saved table', async () => {
    const before = await tableFromCsv('city\nBakı\n', 'full');
    await saveTable(before, { id: 'full', name: 'a.csv', rowCount: 1, columns: [], warnings: [] });
    const spy = vi.spyOn(db().datasets, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const after = await tableFromCsv('city\nİzmir\nŞuşa\n', 'full');
    await expect(saveTable(after, { id: 'full', name: 'b.csv', rowCount: 2, columns: [], warnings: [] }))
      .rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });
    spy.mockRestore();
    expect((await loadTables()).find((t) => t.table.id === 'full')?.summary.name).toBe('a.csv');
  });

  it('calls any other write failure a failed save', async () => {
    const spy = vi.spyOn(db().settings, 'put').mockRejectedValueOnce(new Error('disk went away'));
    await expect(setLastProjectId('x')).rejects.toMatchObject({ kind: 'failed', key: 'store.error.failed', message: 'disk went away' });
    spy.mockRestore();
  });
});

describe('autosave', () => {
  it('debounces edits, reports saving then saved, and reports a failure', async () => {
    vi.useFakeTimers();
    const statuses: SaveStatus[] = [];
    const save = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new StorageError('quota', 'full'));
    const a = createAutosave(save, 300, (s) => statuses.push(s));
    a.schedule();
    a.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    a.schedule();
    await a.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(statuses.slice(0, 4)).toEqual(['saving', 'saving', 'saving', 'saved']);
    expect(statuses.at(-1)).toMatchObject({ error: { kind: 'quota' } });
    vi.useRealTimers();
  });

  it('retries a failed save on the next edit', async () => {
    vi.useFakeTimers();
    const statuses: SaveStatus[] = [];
    const save = vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValueOnce(undefined);
    const a = createAutosave(save, 300, (s) => statuses.push(s));
    a.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses.at(-1)).toMatchObject({ error: { kind: 'failed' } });
    a.schedule();
    await vi.advanceTimersByTimeAsync(299);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toBe('saved');
    vi.useRealTimers();
  });

  it('flushes a pending save at once, and does nothing when none is pending', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    const a = createAutosave(save, 60_000, () => {});
    await a.flush();
    expect(save).not.toHaveBeenCalled();
    a.schedule();
    await a.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('tables in storage', () => {
  it('replaces a saved table\'s columns, never mixing old and new', async () => {
    const wide = await tableFromCsv('a,b,c\n1,2,3\n', 'mix');
    await saveTable(wide, { id: 'mix', name: 'wide.csv', rowCount: 1, columns: [], warnings: [] });
    const narrow = await tableFromCsv('z\nŞəki\n', 'mix');
    await saveTable(narrow, { id: 'mix', name: 'narrow.csv', rowCount: 1, columns: [], warnings: [] });
    expect((await loadTables()).find((t) => t.table.id === 'mix')?.table).toEqual(narrow);
    expect(await db().columns.where('table').equals('mix').count()).toBe(1);
  });

  it('skips a table whose columns are missing instead of loading half of it', async () => {
    const t = await tableFromCsv('a,b\n1,2\n', 'half');
    await saveTable(t, { id: 'half', name: 'half.csv', rowCount: 1, columns: [], warnings: [] });
    await db().columns.delete(['half', 1]);
    expect((await loadTables()).map((x) => x.table.id)).not.toContain('half');
  });
});
