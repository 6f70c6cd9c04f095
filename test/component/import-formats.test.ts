// The import dialog says what it found and sends what the user overrides: format by name, row count, per-column date
// format and decimal sign, sheet and zip pickers, the customer key and its report, Escape, and a file dropped on the page.

import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ColumnProfile, ImportOptions, ImportPreview, KeyReport } from '../../src/engine/api';

const col = (name: string, extra: Partial<ColumnProfile> = {}): ColumnProfile => ({ name, type: 'text', empty: 0, distinct: 2, top: [{ value: 'x', count: 2 }], ...extra });

/** What the stubbed engine answers for each file name (the UI is under test, not the readers). */
function previewOf(name: string, o: Partial<ImportOptions> = {}): ImportPreview {
  const base = { delimiter: ',', encoding: 'utf-8', columns: o.columns ?? {} } as const;
  if (name.endsWith('.tsv')) {
    return {
      options: { ...base, format: 'csv', delimiter: '\t' },
      columns: [
        col('customerID', { top: [{ value: 'C1', count: 1 }] }),
        col('joined', { type: 'date', format: o.columns?.joined?.format ?? 'D-M-YYYY' }),
        col('income', { type: 'number', decimal: o.columns?.income?.decimal ?? '.' }),
      ],
      rows: [['C1', '04-09-2012', '58138.5']], warnings: [], rowCount: 41_188, rowsExact: false,
    };
  }
  if (name.endsWith('.xlsx')) {
    const sheet = o.sheet ?? 'Orders';
    return {
      options: { ...base, format: 'xlsx', sheet, headerRow: o.headerRow ?? 1 },
      columns: [col(sheet === 'Orders' ? 'Order ID' : 'Returned')], rows: [], warnings: [], rowCount: sheet === 'Orders' ? 9994 : 296, rowsExact: true,
      sheets: [{ name: 'Dashboard', rows: 0 }, { name: 'Orders', rows: 9994, headerRow: 1, table: 'Orders' }, { name: 'Returns', rows: 296, headerRow: 1 }],
    };
  }
  if (name.endsWith('.zip')) {
    return {
      options: { ...base, format: 'zip', entry: o.entry ?? 'subscribed.csv' },
      columns: [col('Email Address')], rows: [], warnings: [], rowCount: 3, rowsExact: true,
      entries: [{ name: 'subscribed.csv', size: 1_234_567 }, { name: 'unsubscribed.csv', size: 2048 }, { name: 'cleaned.csv', size: 512 }],
    };
  }
  return { options: { ...base, format: 'parquet' }, columns: [col('id', { type: 'number' })], rows: [['1']], warnings: [], rowCount: 7043, rowsExact: true };
}

const preview = vi.fn(async (file: Blob, o?: Partial<ImportOptions>) => previewOf((file as File).name, o));
const keyReport = vi.fn(async (): Promise<KeyReport | null> => null);
const cancelImport = vi.fn();

vi.mock('../../src/ui/engine-client', () => ({
  engine: { preview, cancelImport, keyReport, tables: vi.fn(async () => []) },
  importWithProgress: vi.fn(),
  problemOf: (e: Error) => JSON.parse(e.message),
}));

const { default: ImportDialog } = await import('../../src/ui/import/ImportDialog.svelte');
const { default: DropZone } = await import('../../src/ui/import/DropZone.svelte');
const client = await import('../../src/ui/engine-client');
const { editor } = await import('../../src/state/editor.svelte');

async function open(name: string) {
  const onclose = vi.fn();
  render(ImportDialog, { onclose });
  await fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [new File(['x'], name)] } });
  await screen.findByRole('group', { name: 'What was found' });
  return { onclose, dialog: screen.getByRole('dialog', { name: 'Import customers' }) };
}

beforeEach(() => { preview.mockClear(); cancelImport.mockClear(); });

describe('what the preview says it found', () => {
  it('names a tab-separated file TSV and gives its estimated row count as "about"', async () => {
    const { dialog } = await open('campaign.tsv');
    const found = within(dialog).getByRole('group', { name: 'What was found' });
    expect(found).toHaveTextContent('TSV (tab-separated)');
    expect(found).not.toHaveTextContent(/^CSV/);
    expect(found).toHaveTextContent('about 41,000 rows');
    expect(found).toHaveTextContent('3 columns');
    expect(within(dialog).getByRole('combobox', { name: 'Delimiter' })).toHaveValue('\t');
    const encodings = within(within(dialog).getByRole('combobox', { name: 'Encoding' })).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(encodings).toEqual(expect.arrayContaining(['utf-8', 'utf-16le', 'utf-16be', 'windows-1251']));
    expect(within(dialog).getByRole('option', { name: 'Spaces (aligned columns)' })).toBeInTheDocument();
  });

  it('gives an exact count without "about", and hides the text options for a binary format', async () => {
    const { dialog } = await open('telco.parquet');
    const found = within(dialog).getByRole('group', { name: 'What was found' });
    expect(found).toHaveTextContent('Parquet');
    expect(found).toHaveTextContent('7,043 rows');
    expect(found).not.toHaveTextContent('about');
    expect(within(dialog).queryByRole('combobox', { name: 'Delimiter' })).toBeNull();
    expect(within(dialog).queryByRole('combobox', { name: 'Encoding' })).toBeNull();
    expect(within(dialog).queryByRole('combobox', { name: 'Decimal sign of id' })).toBeNull();
  });
});

describe('overriding how a column is read', () => {
  it('shows the date format and decimal sign each column was read with', async () => {
    const { dialog } = await open('campaign.tsv');
    expect(within(dialog).getByRole('combobox', { name: 'Date format of joined' })).toHaveValue('D-M-YYYY');
    expect(within(dialog).getByRole('combobox', { name: 'Decimal sign of income' })).toHaveValue('.');
    expect(within(dialog).queryByRole('combobox', { name: 'Date format of income' })).toBeNull();
  });

  it('sends the date format chosen for a column', async () => {
    const { dialog } = await open('campaign.tsv');
    await fireEvent.change(within(dialog).getByRole('combobox', { name: 'Date format of joined' }), { target: { value: 'M/D/YYYY' } });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Date format of joined' })).toHaveValue('M/D/YYYY'));
    expect(preview.mock.lastCall?.[1]?.columns).toEqual({ joined: { type: 'date', format: 'M/D/YYYY' } });
  });

  it('sends the decimal sign chosen for a column, keeping the other overrides', async () => {
    const { dialog } = await open('campaign.tsv');
    await fireEvent.change(within(dialog).getByRole('combobox', { name: 'Date format of joined' }), { target: { value: 'YYYY-MM-DD' } });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Date format of joined' })).toHaveValue('YYYY-MM-DD'));
    await fireEvent.change(within(dialog).getByRole('combobox', { name: 'Decimal sign of income' }), { target: { value: ',' } });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Decimal sign of income' })).toHaveValue(','));
    expect(preview.mock.lastCall?.[1]).toMatchObject({ delimiter: '\t', columns: { joined: { type: 'date', format: 'YYYY-MM-DD' }, income: { type: 'number', decimal: ',' } } });
  });
});

describe('choosing what inside the file to read', () => {
  it('lists every sheet of a workbook with its rows, preselects the one found, and reads the sheet chosen', async () => {
    const { dialog } = await open('superstore.xlsx');
    const sheets = within(dialog).getByRole('group', { name: 'Sheet' });
    expect(within(sheets).getAllByRole('radio').map((r) => r.closest('label')!.textContent!.trim())).toEqual(['Dashboard (no table)', 'Orders (9,994 rows)', 'Returns (296 rows)']);
    expect(within(sheets).getByRole('radio', { name: 'Orders (9,994 rows)' })).toBeChecked();
    expect(within(dialog).getByRole('group', { name: 'What was found' })).toHaveTextContent('Excel workbook');
    expect(within(dialog).getByRole('spinbutton', { name: 'Header row' })).toHaveValue(1);
    expect(within(dialog).queryByRole('combobox', { name: 'Delimiter' })).toBeNull();
    await fireEvent.click(within(sheets).getByRole('radio', { name: 'Returns (296 rows)' }));
    await within(dialog).findByRole('columnheader', { name: 'Returned' });
    expect(preview.mock.lastCall?.[1]).toMatchObject({ sheet: 'Returns', headerRow: undefined, columns: {} });
    await fireEvent.change(within(dialog).getByRole('spinbutton', { name: 'Header row' }), { target: { value: '3' } });
    await waitFor(() => expect(preview.mock.lastCall?.[1]).toMatchObject({ sheet: 'Returns', headerRow: 3 }));
  });

  it('keeps the sheet list when the sheet picked cannot be read, and says why', async () => {
    const { dialog } = await open('superstore.xlsx');
    preview.mockRejectedValueOnce(new Error(JSON.stringify({ key: 'import.error.empty', params: {} })));
    await fireEvent.click(within(dialog).getByRole('radio', { name: 'Dashboard (no table)' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The file is empty');
    expect(within(dialog).getByRole('radio', { name: 'Orders (9,994 rows)' })).toBeChecked();
    await fireEvent.click(within(dialog).getByRole('radio', { name: 'Returns (296 rows)' }));
    await within(dialog).findByRole('columnheader', { name: 'Returned' });
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('lists the files of a zip with their sizes, and reads all of them as one table', async () => {
    const { dialog } = await open('audience.zip');
    const entries = within(dialog).getByRole('group', { name: 'File in the archive' });
    expect(within(entries).getAllByRole('radio').map((r) => r.closest('label')!.textContent!.trim())).toEqual([
      'subscribed.csv (1.2 MB)', 'unsubscribed.csv (2 kB)', 'cleaned.csv (512 byte)', 'All 3 files as one table',
    ]);
    expect(within(entries).getByRole('radio', { name: 'subscribed.csv (1.2 MB)' })).toBeChecked();
    expect(within(dialog).getByRole('group', { name: 'What was found' })).toHaveTextContent('Zip archive');
    await fireEvent.click(within(entries).getByRole('radio', { name: 'All 3 files as one table' }));
    await waitFor(() => expect(preview.mock.lastCall?.[1]).toMatchObject({ entry: '*' }));
  });
});

describe('the customer key', () => {
  it('suggests the id column whose sample values are distinct, records it and reports empty and repeated keys', async () => {
    editor.open('keys', (await import('../../src/state/boot')).exampleProject('demo'));
    vi.mocked(client.importWithProgress).mockResolvedValueOnce({ id: 'campaign', name: 'campaign.tsv', rowCount: 2240, columns: [], warnings: [] });
    keyReport.mockResolvedValueOnce({ column: 'customerID', empty: 12, distinct: 2200, duplicates: 3, duplicateRows: 7, examples: [{ value: 'C7', count: 3 }, { value: 'C1', count: 2 }, { value: '<b>C9</b>', count: 2 }] });
    const { dialog, onclose } = await open('campaign.tsv');
    const key = within(dialog).getByRole('combobox', { name: 'Customer key' });
    expect(key).toHaveValue('customerID');
    expect(within(key).getAllByRole('option')[0]).toHaveTextContent('None (row number)');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    const report = await within(dialog).findByRole('region', { name: 'Customer key: customerID' });
    expect(report).toHaveTextContent('2,240 rows hold 2,200 different values.');
    expect(report).toHaveTextContent('12 rows have no customerID');
    expect(report).toHaveTextContent('3 keys appear more than once: C7 (3 rows), C1 (2 rows), <b>C9</b> (2 rows)');
    expect(report.querySelector('b')).toBeNull();
    expect(keyReport).toHaveBeenCalledWith('campaign', 'customerID');
    expect(editor.project.tables.find((t) => t.id === 'campaign')).toEqual({ id: 'campaign', role: 'customers', key: 'customerID' });
    expect(onclose).not.toHaveBeenCalled();
  });

  it('records no key when the user picks "none (row number)"', async () => {
    editor.open('nokey', (await import('../../src/state/boot')).exampleProject('demo'));
    vi.mocked(client.importWithProgress).mockResolvedValueOnce({ id: 'campaign', name: 'campaign.tsv', rowCount: 2240, columns: [], warnings: [] });
    keyReport.mockClear();
    const { dialog, onclose } = await open('campaign.tsv');
    await fireEvent.change(within(dialog).getByRole('combobox', { name: 'Customer key' }), { target: { value: '' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onclose).toHaveBeenCalled());
    expect(keyReport).not.toHaveBeenCalled();
    expect(editor.project.tables.find((t) => t.id === 'campaign')).toEqual({ id: 'campaign', role: 'customers' });
  });
});

describe('the file picker', () => {
  it('accepts the workbook, columnar and archive formats besides text', () => {
    render(ImportDialog, { onclose: () => {} });
    const accept = screen.getByLabelText('Choose a file').getAttribute('accept')!.split(',');
    expect(accept).toEqual(expect.arrayContaining(['.csv', '.tsv', '.txt', '.json', '.ndjson', '.xlsx', '.parquet', '.arrow', '.feather', '.ipc', '.zip']));
  });
});

describe('closing and dropping', () => {
  it('closes on Escape and gives the focus back', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const onclose = vi.fn();
    const { unmount } = render(ImportDialog, { onclose });
    expect(screen.getByRole('dialog', { name: 'Import customers' })).toHaveAttribute('aria-modal', 'true');
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(onclose).toHaveBeenCalledTimes(1);
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('reads a file dropped on the page without the picker', async () => {
    render(ImportDialog, { onclose: () => {}, dropped: new File(['x'], 'superstore.xlsx') });
    await screen.findByRole('group', { name: 'Sheet' });
    expect((preview.mock.calls[0][0] as File).name).toBe('superstore.xlsx');
    expect(screen.getByText('superstore.xlsx')).toBeInTheDocument();
  });

  /** A drag event as the browser sends it, with a stand-in DataTransfer (jsdom has none). */
  function drag(type: string, types: string[], files: File[] = []): Event {
    const e = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'dataTransfer', { value: { types, files, dropEffect: 'none' } });
    window.dispatchEvent(e);
    return e;
  }

  it('takes a file dropped anywhere, shows a hint while it is dragged, and leaves palette drags alone', async () => {
    const onfile = vi.fn();
    render(DropZone, { onfile });
    const file = new File(['a,b\n'], 'c.csv');
    expect(drag('dragenter', ['Files']).defaultPrevented).toBe(true);
    expect(drag('dragover', ['Files']).defaultPrevented).toBe(true);
    expect(await screen.findByRole('status')).toHaveTextContent('Drop the file to import it');
    const block = drag('dragover', ['application/x-audience-block']);
    expect(block.defaultPrevented).toBe(false);
    expect(drag('drop', ['Files'], [file]).defaultPrevented).toBe(true);
    expect(onfile).toHaveBeenCalledWith(file);
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(drag('drop', ['application/x-audience-block']).defaultPrevented).toBe(false);
    expect(onfile).toHaveBeenCalledTimes(1);
  });
});
