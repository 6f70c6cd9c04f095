import { describe, expect, it } from 'vitest';
import type { ColumnProfile } from '../../../src/engine/api';
import { DATE_FORMATS, dateFormatChoices, formatKey, looksLikeKey, roughly, suggestKey } from '../../../src/ui/import/import-choices';

const col = (name: string, top: number[], empty = 0): ColumnProfile => ({ name, type: 'text', empty, distinct: top.length, top: top.map((count, i) => ({ value: `v${i}`, count })) });

describe('naming what the file is', () => {
  it.each([
    [{ format: 'csv', delimiter: ',' }, 'csv'], [{ format: 'csv', delimiter: '\t' }, 'tsv'], [{ format: 'csv', delimiter: ';' }, 'semicolon'],
    [{ format: 'csv', delimiter: ' ' }, 'spaces'], [{ format: 'ndjson', delimiter: ',' }, 'ndjson'], [{ format: 'xlsx', delimiter: ',' }, 'xlsx'],
  ] as const)('%o is %s', (options, name) => {
    expect(formatKey(options)).toBe(`ui.importDialog.format.${name}`);
  });
});

describe('the suggested key', () => {
  it.each(['customerID', 'CustomerId', 'Customer ID', 'customer_id', 'id', 'ID', 'Row ID', 'Order No', 'email', 'E-mail', 'Код клиента', 'شناسه مشتری'])('reads %s as an id', (name) => {
    expect(looksLikeKey(name)).toBe(true);
  });
  it.each(['Paid', 'Valid', 'Android users', 'gender', 'tenure', 'Kidhome', 'Provided'])('does not read %s as an id', (name) => {
    expect(looksLikeKey(name)).toBe(false);
  });

  it('is the first id-like column whose sample values are all filled and distinct', () => {
    expect(suggestKey([col('name', [1, 1]), col('Customer ID', [3, 1]), col('client_id', [1, 1, 1]), col('email', [1])])).toBe('client_id');
    // A row number is distinct but names no customer.
    expect(suggestKey([col('Row ID', [1, 1, 1]), col('No', [1, 1]), col('index', [1]), col('Customer ID', [3, 1])])).toBeUndefined();
    expect(suggestKey([col('customer_id', [1, 1], 2), col('email', [1, 1])])).toBe('email');
    expect(suggestKey([col('customer_id', [2, 1]), col('name', [1])])).toBeUndefined();
  });
});

describe('an estimate', () => {
  it('is rounded to two significant digits', () => {
    expect([roughly(41_188), roughly(69_659), roughly(950), roughly(99), roughly(1_234_567)]).toEqual([41_000, 70_000, 950, 99, 1_200_000]);
  });
});

describe('the date formats offered', () => {
  it('are each read by the engine: a date written in the format parses to the same day', async () => {
    const { orderOfFormat, parseDate } = await import('../../../src/engine/import/parse-date');
    const written: Record<string, string> = {
      'YYYY-MM-DD': '2024-03-25', YYYYMMDD: '20240325', 'D.M.YYYY': '25.3.2024', 'D/M/YYYY': '25/3/2024', 'D-M-YYYY': '25-3-2024',
      'M/D/YYYY': '3/25/2024', 'M-D-YYYY': '3-25-2024', 'M.D.YYYY': '3.25.2024',
    };
    for (const f of DATE_FORMATS) expect([f, parseDate(written[f], orderOfFormat(f))]).toEqual([f, Date.UTC(2024, 2, 25)]);
  });

  it('include the one the preview read with when the list lacks it', () => {
    expect(dateFormatChoices('D.M.YYYY H:MM')[0]).toBe('D.M.YYYY H:MM');
    expect(dateFormatChoices('YYYYMMDD')).toEqual(DATE_FORMATS);
    expect(dateFormatChoices('D.M.YYYY')).not.toContain('D.M.YYYY H:MM');
  });
});

describe('the encodings offered', () => {
  it('are the importer\'s, named as people write them, plus the one the preview chose', async () => {
    const { encodingChoices, encodingName } = await import('../../../src/ui/import/import-choices');
    expect(encodingChoices('utf-8').map(encodingName)).toEqual(['UTF-8', 'UTF-16 LE', 'UTF-16 BE', 'Windows-1251', 'Windows-1254', 'Windows-1256', 'ISO-8859-1']);
    expect(encodingChoices('koi8-r').at(-1)).toBe('koi8-r');
  });
});
