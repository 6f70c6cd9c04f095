import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { ImportOptions, ImportPreview } from '../../src/engine/api';

const preview = vi.fn(async (_file: Blob, options?: Partial<ImportOptions>): Promise<ImportPreview> => ({
  options: { format: 'csv', delimiter: ';', encoding: 'utf-8', columns: options?.columns ?? {} },
  columns: [
    { name: 'ad', type: 'text', empty: 0, distinct: 2, top: [] },
    { name: 'məbləğ', type: options?.columns?.['məbləğ']?.type ?? 'number', empty: 0, distinct: 2, top: [] },
  ],
  rows: [['Aysel', '1.234,50'], ['<img src=x onerror=alert(1)>', '12,5']],
  warnings: [{ row: 3, key: 'import.warning.fieldCount', params: { row: 3, expected: 2, found: 1 } }],
}));

vi.mock('../../src/ui/engine-client', () => ({
  engine: { preview, cancelImport: vi.fn(), tables: vi.fn(async () => []) },
  importWithProgress: vi.fn(),
  problemOf: (e: Error) => JSON.parse(e.message),
}));

const { default: ImportDialog } = await import('../../src/ui/import/ImportDialog.svelte');

describe('the import dialog', () => {
  it('previews a chosen file as text, with what was detected and a type per column', async () => {
    render(ImportDialog, { onclose: () => {} });
    const file = new File(['ad;məbləğ\n'], 'customers.csv');
    await fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'məbləğ' })).toBeInTheDocument());
    expect(screen.getByRole('combobox', { name: 'Delimiter' })).toHaveValue(';');
    expect(screen.getByRole('combobox', { name: 'Type of məbləğ' })).toHaveValue('number');
    // Imported text is data, never markup.
    expect(screen.getByRole('cell', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('Row 3: expected 2 fields, found 1')).toBeInTheDocument();
  });

  it('re-reads the preview with a type the user overrides', async () => {
    render(ImportDialog, { onclose: () => {} });
    await fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [new File(['x'], 'c.csv')] } });
    const type = await screen.findByRole('combobox', { name: 'Type of məbləğ' });
    await fireEvent.change(type, { target: { value: 'text' } });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Type of məbləğ' })).toHaveValue('text'));
    expect(preview.mock.lastCall?.[1]).toMatchObject({ columns: { 'məbləğ': { type: 'text' } } });
  });
});

describe('after an import that warned', () => {
  it('stays open and lists what the whole file had wrong', async () => {
    const client = await import('../../src/ui/engine-client');
    vi.mocked(client.importWithProgress).mockResolvedValueOnce({
      id: 'c', name: 'c.csv', rowCount: 2, columns: [],
      warnings: [{ row: 0, key: 'store.error.tableNotSaved' }, { row: 7, key: 'import.warning.fieldCount', params: { row: 7, expected: 2, found: 3 } }],
    });
    const onclose = vi.fn();
    render(ImportDialog, { onclose });
    await fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [new File(['x'], 'c.csv')] } });
    await fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    const done = await screen.findByRole('region', { name: 'Imported c.csv: 2 rows' });
    expect(done).toHaveTextContent('The file had 2 problems');
    expect(done).toHaveTextContent('Row 7: expected 2 fields, found 3');
    expect(done).toHaveTextContent('could not be saved in the browser');
    expect(onclose).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onclose).toHaveBeenCalled();
  });
});
