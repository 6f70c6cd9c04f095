import { describe, expect, it, vi } from 'vitest';
import type { TableSummary } from '../../src/engine/api';

vi.mock('../../src/store/projects', () => ({
  lastProjectId: vi.fn(() => Promise.reject(new DOMException('blocked', 'SecurityError'))),
  loadProject: vi.fn(() => Promise.reject(new DOMException('blocked', 'SecurityError'))),
  setLastProjectId: vi.fn(() => Promise.reject(new DOMException('blocked', 'SecurityError'))),
  saveProject: vi.fn(() => Promise.resolve()),
}));

const { boot } = await import('../../src/state/boot');
const { editor } = await import('../../src/state/editor.svelte');

describe('starting without browser storage', () => {
  it('still opens the demo and an example project, and says work will not be kept', async () => {
    const demo: TableSummary = { id: 'demo', name: 'Demo customers', rowCount: 5000, columns: [], warnings: [] };
    const engine = { restoreTables: vi.fn(() => Promise.reject(new Error('IndexedDB is not available'))), loadDemo: vi.fn(async () => demo) };
    await boot(engine);
    expect(editor.ready).toBe(true);
    expect(editor.tables).toEqual([demo]);
    expect(editor.project.nodes.map((n) => n.type)).toEqual(['source', 'filter', 'segment']);
    expect(editor.notice?.key).toBe('store.error.unavailable');
  });
});
