// Zips of text tables through the real previewFile / importFile: a Mailchimp-like audience export (three files with
// different columns, one in a folder, one with a BOM, one semicolon-separated, macOS leftovers), all as one table,
// damaged, empty and encrypted archives, and the real telco_churn.csv zipped.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, importFile, previewFile } from '../../../../../src/engine/import/index';
import { cellValue, findColumn, type Table } from '../../../../../src/engine/table';
import { sharedFile } from '../../../../helpers/shared-data';

const TIMEOUT = 60_000;
const utf8 = (s: string) => new TextEncoder().encode(s);
const zipBlob = (files: Zippable) => new Blob([zipSync(files) as BlobPart]);
const column = (table: Table, name: string) => Array.from({ length: table.rowCount }, (_, i) => cellValue(findColumn(table, name)!, i));
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the import to fail'); }, (e: unknown) => e);
/** How many rows hold each value of a column. */
const counts = (table: Table, name: string) => {
  const out: Record<string, number> = {};
  for (const v of column(table, name)) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
};

const SUBSCRIBED = '\uFEFF' + [
  'Email Address,First Name,MEMBER_RATING,OPTIN_TIME',
  'aysel@example.az,Aysel,4,2024-01-05 10:00:00',
  'bob@example.com,Bob,2,2024-01-06 11:30:00',
  'cem@example.com.tr,Cem,5,2024-02-01 09:15:00',
  'dana@example.ru,"Dana, Jr",3,2024-03-10 18:45:00',
].join('\r\n') + '\r\n';
const UNSUBSCRIBED = [
  'Email Address;First Name;MEMBER_RATING;UNSUB_TIME;UNSUB_REASON',
  'eldar@example.az;Eldar;1;2024-04-01 08:00:00;Bakı, too many emails',
  'fatma@example.com.tr;Fatma;2;2024-04-02 09:00:00;',
].join('\n') + '\n';
const CLEANED = [
  'Email Address,MEMBER_RATING,CLEAN_TIME,CLEAN_CAMPAIGN_TITLE',
  'gone@example.com,1,2024-05-01 00:00:00,Spring sale',
  'bounce@example.com,1',
  'old@example.com,2,2024-05-03 12:00:00,Spring sale',
].join('\n') + '\n';
const SUB = 'members_export_2024/subscribed_members_export_2024.csv';

/** The export as Mailchimp's zip, with what macOS and other tools leave beside it. */
const mailchimp = () => zipBlob({
  'members_export_2024/': new Uint8Array(0),
  [SUB]: utf8(SUBSCRIBED),
  '__MACOSX/members_export_2024/._subscribed_members_export_2024.csv': Uint8Array.of(0, 5, 22, 7, 0, 2, 0, 0),
  'unsubscribed_members_export_2024.csv': utf8(UNSUBSCRIBED),
  'cleaned_members_export_2024.csv': utf8(CLEANED),
  'readme.pdf': utf8('%PDF-1.4'),
});

describe('a Mailchimp audience export', () => {
  it('lists the tables only (no folder, no __MACOSX, no pdf) and previews the largest', async () => {
    const preview = await previewFile(await mailchimp());
    expect(preview.options.format).toBe('zip');
    expect(preview.entries).toEqual([
      { name: SUB, size: utf8(SUBSCRIBED).length },
      { name: 'unsubscribed_members_export_2024.csv', size: utf8(UNSUBSCRIBED).length },
      { name: 'cleaned_members_export_2024.csv', size: utf8(CLEANED).length },
    ]);
    expect(preview.options.entry).toBe(SUB);
    expect([preview.rowCount, preview.rowsExact]).toEqual([4, true]);
    expect(preview.columns.map((c) => [c.name, c.type])).toEqual([
      ['Email Address', 'text'], ['First Name', 'text'], ['MEMBER_RATING', 'number'], ['OPTIN_TIME', 'date'],
    ]);
    expect(preview.rows[3]).toEqual(['dana@example.ru', 'Dana, Jr', '3', '2024-03-10 18:45:00']);
  }, TIMEOUT);

  it('imports one file, chosen by its path: the semicolon file with its own delimiter', async () => {
    const { table, summary } = await importFile(await mailchimp(), 'u', 'export.zip', { entry: 'unsubscribed_members_export_2024.csv' });
    expect([table.rowCount, summary.warnings]).toEqual([2, []]);
    expect(summary.columns.map((c) => [c.name, c.type])).toEqual([
      ['Email Address', 'text'], ['First Name', 'text'], ['MEMBER_RATING', 'number'], ['UNSUB_TIME', 'date'], ['UNSUB_REASON', 'text'],
    ]);
    expect(column(table, 'UNSUB_REASON')).toEqual(['Bakı, too many emails', null]);
    expect(column(table, 'UNSUB_TIME')).toEqual(['2024-04-01T08:00:00', '2024-04-02T09:00:00']);
  }, TIMEOUT);

  it('imports the file in the folder, its BOM gone from the first column name', async () => {
    const { table } = await importFile(await mailchimp(), 's', 'export.zip', { entry: SUB });
    expect(table.rowCount).toBe(4);
    expect(table.columns.map((c) => c.name)).toEqual(['Email Address', 'First Name', 'MEMBER_RATING', 'OPTIN_TIME']);
    expect(column(table, 'First Name')).toEqual(['Aysel', 'Bob', 'Cem', 'Dana, Jr']);
  }, TIMEOUT);

  it('imports all files as one table: columns by name, empty where a file lacks one, and the file of each row', async () => {
    const { table, summary } = await importFile(await mailchimp(), 'all', 'export.zip', { entry: '*' });
    expect(table.rowCount).toBe(9);
    expect(summary.columns.map((c) => [c.name, c.type, c.empty])).toEqual([
      ['file', 'text', 0], ['Email Address', 'text', 0], ['First Name', 'text', 3], ['MEMBER_RATING', 'number', 0],
      ['OPTIN_TIME', 'date', 5], ['UNSUB_TIME', 'date', 7], ['UNSUB_REASON', 'text', 8], ['CLEAN_TIME', 'date', 7],
      ['CLEAN_CAMPAIGN_TITLE', 'text', 7],
    ]);
    expect(counts(table, 'file')).toEqual({ [SUB]: 4, 'unsubscribed_members_export_2024.csv': 2, 'cleaned_members_export_2024.csv': 3 });
    expect(column(table, 'MEMBER_RATING')).toEqual([4, 2, 5, 3, 1, 2, 1, 1, 2]);
    expect(column(table, 'Email Address')[4]).toBe('eldar@example.az');
    expect(column(table, 'UNSUB_REASON')).toEqual([null, null, null, null, 'Bakı, too many emails', null, null, null, null]);
    // The short row of the cleaned file keeps its row number there, after a warning naming the file.
    expect(summary.warnings).toEqual([
      { row: 0, key: 'import.zip.warning.file', params: { file: 'cleaned_members_export_2024.csv', count: 1 } },
      { row: 3, key: 'import.warning.fieldCount', params: { row: 3, expected: 4, found: 2, file: 'cleaned_members_export_2024.csv' } },
    ]);
  }, TIMEOUT);

  it('previews all files as one table with every column and the exact row count', async () => {
    const preview = await previewFile(await mailchimp(), { entry: '*' });
    expect([preview.options.entry, preview.rowCount, preview.rowsExact]).toEqual(['*', 9, true]);
    expect(preview.columns.map((c) => c.name)).toEqual([
      'file', 'Email Address', 'First Name', 'MEMBER_RATING', 'OPTIN_TIME', 'UNSUB_TIME', 'UNSUB_REASON', 'CLEAN_TIME', 'CLEAN_CAMPAIGN_TITLE',
    ]);
    expect(preview.rows[4]).toEqual(['unsubscribed_members_export_2024.csv', 'eldar@example.az', 'Eldar', '1', '', '2024-04-01 08:00:00', 'Bakı, too many emails', '', '']);
    expect(preview.rows[6]).toEqual(['cleaned_members_export_2024.csv', 'gone@example.com', '', '1', '', '', '', '2024-05-01 00:00:00', 'Spring sale']);
  }, TIMEOUT);

  it('reports progress over the whole archive and stops once cancelled', async () => {
    const seen: number[] = [];
    await importFile(await mailchimp(), 'all', 'export.zip', { entry: '*' }, (f) => seen.push(f));
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => f >= (seen[i - 1] ?? 0) && f <= 1)).toBe(true);
    const controller = new AbortController();
    const error = await failure(importFile(await mailchimp(), 'all', 'export.zip', { entry: '*' }, () => controller.abort(), controller.signal));
    expect((error as DOMException).name).toBe('AbortError');
  }, TIMEOUT);
});

describe('all files as one table', () => {
  it('names the file column "file (2)" when a file has a column "file"', async () => {
    const zip = zipBlob({ 'a.csv': utf8('file,n\nx.pdf,1\n'), 'b.csv': utf8('n\n2\n3\n') });
    const { table } = await importFile(zip, 't', 't.zip', { entry: '*' });
    expect(table.columns.map((c) => c.name)).toEqual(['file (2)', 'file', 'n']);
    expect(column(table, 'file (2)')).toEqual(['a.csv', 'b.csv', 'b.csv']);
    expect(column(table, 'file')).toEqual(['x.pdf', null, null]);
  }, TIMEOUT);

  it('keeps each cell as written: 1.10 stays 1.10 in a column that is text in another file', async () => {
    const zip = zipBlob({ 'a.csv': utf8('code\n1.10\n9.90\n'), 'b.csv': utf8('code\nA-7\n') });
    const { table, summary } = await importFile(zip, 't', 't.zip', { entry: '*' });
    expect(summary.columns[1]).toMatchObject({ name: 'code', type: 'text' });
    expect(column(table, 'code')).toEqual(['1.10', '9.90', 'A-7']);
  }, TIMEOUT);

  it('names the file and its row of a cell that is not a number in a number column', async () => {
    const a = ['score', ...Array.from({ length: 30 }, (_, i) => String(i))].join('\n') + '\n';
    const zip = zipBlob({ 'a.csv': utf8(a), 'b.csv': utf8('score\n7\nn/a\n') });
    const { table, summary } = await importFile(zip, 't', 't.zip', { entry: '*' });
    expect([table.rowCount, summary.columns[1].type, summary.columns[1].empty]).toEqual([32, 'number', 1]);
    expect(summary.warnings).toEqual([
      { row: 3, key: 'import.zip.warning.unparsed', params: { column: 'score', count: 1, type: 'number', row: 3, file: 'b.csv' } },
    ]);
  }, TIMEOUT);

  it('reads JSON and NDJSON files beside CSV, each by its own format', async () => {
    const zip = zipBlob({
      'a.csv': utf8('email,score\na@x.az,1.5\n'),
      'b.json': utf8('[{"email":"b@x.az","score":2},{"email":"c@x.az","city":"Gəncə"}]'),
      'c.ndjson': utf8('{"email":"d@x.az","score":3.25}\n'),
    });
    const { table } = await importFile(zip, 't', 't.zip', { entry: '*' });
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([['file', 'text'], ['email', 'text'], ['score', 'number'], ['city', 'text']]);
    expect(column(table, 'file')).toEqual(['a.csv', 'b.json', 'b.json', 'c.ndjson']);
    expect(column(table, 'score')).toEqual([1.5, 2, null, 3.25]);
    expect(column(table, 'city')).toEqual([null, null, 'Gəncə', null]);
  }, TIMEOUT);

  it('leaves out a file that is not a table, with a warning, and reads the others', async () => {
    const zip = zipBlob({ 'a.csv': utf8('n\n1\n'), 'inner.txt': zipSync({ 'x.csv': utf8('n\n2\n') }) });
    const { table, summary } = await importFile(zip, 't', 't.zip', { entry: '*' });
    expect([table.rowCount, summary.warnings]).toEqual([1, [{ row: 0, key: 'import.zip.warning.skipped', params: { file: 'inner.txt' } }]]);
  }, TIMEOUT);
});

/** Sets the "encrypted" flag (general purpose bit 0) of every local and central header, as ZipCrypto does. */
function flagEncrypted(zip: Uint8Array): Uint8Array {
  const out = zip.slice(), view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) out[i + 6] |= 1;
    if (sig === 0x02014b50) out[i + 8] |= 1;
  }
  return out;
}

describe('archives that cannot be read', () => {
  /** The error of the preview, once the import has failed with the same. */
  const reject = async (blob: Blob, options = {}) => {
    const [preview, full] = [await failure(previewFile(blob, options)), await failure(importFile(blob, 't', 't.zip', options))];
    expect(preview).toBeInstanceOf(ImportError);
    expect([(full as ImportError).key, (full as ImportError).params]).toEqual([(preview as ImportError).key, (preview as ImportError).params]);
    return preview as ImportError;
  };

  it('says when no file inside is a table', async () => {
    const error = await reject(zipBlob({ 'report.pdf': utf8('%PDF'), '__MACOSX/._a.csv': utf8('x'), 'data/': new Uint8Array(0) }));
    expect(error.key).toBe('import.zip.error.noTables');
  });

  it('says which file is encrypted (the flag ZipCrypto sets)', async () => {
    const zip = flagEncrypted(zipSync({ 'secret.csv': utf8('email\na@b.c\n') }));
    const error = await reject(new Blob([zip as BlobPart]));
    expect([error.key, error.params]).toEqual(['import.zip.error.encrypted', { file: 'secret.csv' }]);
  });

  it.runIf(existsSync('/usr/bin/zip'))('says so for a zip made with a password by Info-ZIP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    writeFileSync(join(dir, 'list.csv'), 'email\na@b.c\n');
    execFileSync('zip', ['-q', '-P', 'secret', 'locked.zip', 'list.csv'], { cwd: dir });
    const error = await reject(new Blob([readFileSync(join(dir, 'locked.zip'))]));
    expect([error.key, error.params]).toEqual(['import.zip.error.encrypted', { file: 'list.csv' }]);
  });

  it('says the archive is damaged when it is cut short', async () => {
    const zip = zipSync({ 'a.csv': utf8('n\n1\n'.repeat(1000)) });
    const error = await reject(new Blob([zip.slice(0, zip.length - 30) as BlobPart]));
    expect(error.key).toBe('import.zip.error.corrupt');
  });

  it('names a chosen file the archive does not have', async () => {
    const error = await reject(zipBlob({ 'a.csv': utf8('n\n1\n') }), { entry: 'b.csv' });
    expect([error.key, error.params]).toEqual(['import.zip.error.noEntry', { file: 'b.csv' }]);
  });
});

describe('a large file in the archive', () => {
  // 60,000 rows of 32 bytes each (about 1.9 MB): the preview inflates only the first MiB of it.
  const rows = 60_000;
  const csv = 'id,email,score\n' + Array.from({ length: rows }, (_, i) => `${String(i).padStart(6, '0')},u${String(i).padStart(6, '0')}@example.com,${String(i % 1000).padStart(3, '0')}\n`).join('');
  const zip = () => zipBlob({ 'big.csv': utf8(csv), 'small.csv': utf8('id\n1\n') });

  it('is previewed from its start, with its row count estimated from its size', async () => {
    const preview = await previewFile(zip());
    expect([preview.options.entry, preview.rowsExact, preview.rows[0]]).toEqual(['big.csv', false, ['000000', 'u000000@example.com', '000']]);
    expect(Math.abs(preview.rowCount! - rows)).toBeLessThan(rows * 0.01);
  }, TIMEOUT);

  it('is imported whole', async () => {
    const { table } = await importFile(zip(), 'b', 'big.zip');
    expect([table.rowCount, cellValue(table.columns[1], rows - 1)]).toEqual([rows, 'u059999@example.com']);
  }, TIMEOUT);
});

describe('telco_churn.csv zipped', () => {
  it('imports to the rows and column types of the CSV itself', async () => {
    const csv = new Uint8Array(readFileSync(sharedFile('telco_churn.csv')));
    const zipped = await importFile(zipBlob({ 'telco_churn.csv': csv }), 'z', 'telco.zip');
    const plain = await importFile(new Blob([csv as BlobPart]), 'c', 'telco_churn.csv');
    expect([zipped.table.rowCount, zipped.table.columns.length, zipped.summary.warnings]).toEqual([7043, 26, []]);
    expect(zipped.summary.columns.map((c) => [c.name, c.type, c.empty])).toEqual(plain.summary.columns.map((c) => [c.name, c.type, c.empty]));
    expect(zipped.summary.columns.find((c) => c.name === 'TotalCharges')).toMatchObject({ type: 'number', empty: 11 });
    // 1.3 MB: the preview reads its first MiB and estimates the rest.
    const preview = await previewFile(zipBlob({ 'telco_churn.csv': csv }));
    expect([preview.rowsExact, preview.columns.length, preview.rows[0][0]]).toEqual([false, 26, '7590-VHVEG']);
    expect(Math.abs(preview.rowCount! - 7043)).toBeLessThan(7043 * 0.05);
  }, TIMEOUT);
});
