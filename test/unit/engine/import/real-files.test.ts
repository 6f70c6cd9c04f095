// The four real files of shared/data, imported as they are; figures checked independently with Python's csv module.

import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../src/engine/import/index';
import { cellValue, findColumn } from '../../../../src/engine/table';
import { sharedFile } from '../../../helpers/shared-data';

const load = async (file: string) => importFile(await openAsBlob(sharedFile(file)), 'c', file);
const col = (s: Awaited<ReturnType<typeof load>>['summary'], name: string) => s.columns.find((c) => c.name === name)!;

describe('real customer files', () => {
  it('telco_churn.csv: BOM, CRLF, a blank TotalCharges is empty, SeniorCitizen stays a number', async () => {
    const { table, summary } = await load('telco_churn.csv');
    expect([table.rowCount, table.columns.length, summary.warnings]).toEqual([7043, 26, []]);
    expect(table.columns[0].name).toBe('customerID');
    expect(col(summary, 'TotalCharges')).toMatchObject({ type: 'number', empty: 11 });
    expect(col(summary, 'SeniorCitizen')).toMatchObject({ type: 'number', min: 0, max: 1 });
    expect(col(summary, 'Partner').type).toBe('boolean');
    expect(col(summary, 'MultipleLines')).toMatchObject({ type: 'text', distinct: 3 });
    expect(col(summary, 'Contract').top[0]).toEqual({ value: 'Month-to-month', count: 3875 });
    expect(col(summary, 'City').distinct).toBe(1129);
  }, 60_000);

  it('marketing_campaign.tsv: tabs, 24 empty incomes, day-first dates', async () => {
    const { table, summary } = await load('marketing_campaign.tsv');
    expect([table.rowCount, table.columns.length]).toEqual([2240, 29]);
    expect(col(summary, 'Income')).toMatchObject({ type: 'number', empty: 24, max: 666666 });
    expect(col(summary, 'Dt_Customer')).toMatchObject({ type: 'date', format: 'D-M-YYYY' });
    expect(cellValue(findColumn(table, 'Dt_Customer')!, 0)).toBe('2012-09-04');
    expect(col(summary, 'Year_Birth').min).toBe(1893);
    expect(col(summary, 'Marital_Status').top.map((t) => t.value)).toContain('YOLO');
  }, 60_000);

  it('bank_additional_full.csv: semicolons, quoted text, dotted names, "unknown" kept as a value', async () => {
    const { table, summary } = await load('bank_additional_full.csv');
    expect([table.rowCount, table.columns.length]).toEqual([41188, 21]);
    expect(col(summary, 'emp.var.rate').type).toBe('number');
    expect(col(summary, 'y')).toMatchObject({ type: 'boolean', top: [{ value: 'false', count: 36548 }, { value: 'true', count: 4640 }] });
    expect(col(summary, 'job').top.find((t) => t.value === 'unknown')?.count).toBe(330);
  }, 120_000);

  it('mall_customers.csv: zero-padded ids stay text, no final newline', async () => {
    const { table, summary } = await load('mall_customers.csv');
    expect(table.rowCount).toBe(200);
    expect(col(summary, 'CustomerID').type).toBe('text');
    expect(cellValue(table.columns[0], 0)).toBe('0001');
    expect(summary.columns.map((c) => c.type)).toEqual(['text', 'text', 'number', 'number', 'number']);
  }, 60_000);
});
