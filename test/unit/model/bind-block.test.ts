import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewFile } from '../../../src/engine/import/index';
import { bindBlock, nameWords } from '../../../src/model/bind-block';
import { BLOCKS } from '../../../src/model/palette';
import type { ColumnType } from '../../../src/model/types';
import { demoCsv } from '../../../src/engine/demo';
import { sharedFile } from '../../helpers/shared-data';

const block = (id: string) => BLOCKS.find((b) => b.id === id)!;
const cols = (spec: Record<string, ColumnType>) => Object.entries(spec).map(([name, type]) => ({ name, type }));

/** Every block's binding for a file's columns as the importer types them. */
async function bindings(file: Blob): Promise<Record<string, string>> {
  const { columns } = await previewFile(file);
  return Object.fromEntries(BLOCKS.flatMap((b) => { const c = bindBlock(b, columns); return c ? [[b.id, c]] : []; }));
}

describe('nameWords', () => {
  it.each([
    ['TotalCharges', ['total', 'charges']],
    ['customerID', ['customer', 'id']],
    ['Annual Income (k$)', ['annual', 'income', 'k']],
    ['household_income', ['household', 'income']],
    ['Yaş', ['yas']],
    ['İSTANBUL_şəhəri', ['istanbul', 'səhəri']],
    ['ISPARTA', ['isparta']],
    ['Возраст клиента', ['возраст', 'клиента']],
    ['تاریخ تولد', ['تاریخ', 'تولد']],
    ['emp.var.rate', ['emp', 'var', 'rate']],
  ])('%s → %j', (name, words) => expect(nameWords(name)).toEqual(words));
});

describe('binding a block to a column', () => {
  it.each([
    ['возраст', 'age'], ['տարիք', 'age'], ['سن', 'age'], ['yaş', 'age'], ['Yas', 'age'], ['Жаш', 'age'],
  ])('binds the age block to a number column named %s', (name) => {
    expect(bindBlock(block('age'), cols({ id: 'text', [name]: 'number' }))).toBe(name);
  });

  it('prefers an exact name to a longer one containing it, whatever the column order', () => {
    expect(bindBlock(block('income'), cols({ household_income_band: 'number', income: 'number' }))).toBe('income');
  });

  it('prefers the block\'s earlier names: household income over salary', () => {
    expect(bindBlock(block('income'), cols({ salary: 'number', 'Household Income': 'number' }))).toBe('Household Income');
  });

  it('needs a fitting type: a text "age" column does not bind a number block', () => {
    expect(bindBlock(block('age'), cols({ age: 'text' }))).toBeUndefined();
  });

  it('matches whole words only: "passage" is no age, "district" no city', () => {
    expect(bindBlock(block('age'), cols({ passage: 'number' }))).toBeUndefined();
    expect(bindBlock(block('city'), cols({ district: 'text' }))).toBeUndefined();
  });

  it('binds nothing when no column fits', () => {
    expect(bindBlock(block('climate'), [])).toBeUndefined();
  });
});

describe('binding on the real files', () => {
  it('binds the demo customers\' columns family by family', async () => {
    const b = await bindings(new Blob([demoCsv(300)]));
    expect(b).toMatchObject({
      age: 'age', teenagers: 'age', gender: 'gender', occupation: 'occupation', maritalStatus: 'marital_status', income: 'household_income',
      education: 'education', familySize: 'family_size', country: 'country', region: 'region', city: 'city', postcode: 'postcode',
      areaType: 'area_type', language: 'language', climate: 'climate', recentPurchase: 'last_purchase_date', lapsed: 'last_purchase_date',
      websiteVisits: 'website_visits_30d', cartAbandoned: 'cart_abandoned', loyalty: 'loyalty_tier', pricingVisits: 'pricing_page_visits',
      demoRequested: 'demo_requested', trialStarted: 'trial_started', signupDate: 'signup_date', values: 'values', interests: 'interests',
      lifestyle: 'lifestyle', personality: 'personality', socialStatus: 'social_status', lifetimeValue: 'lifetime_value',
      orderValue: 'avg_order_value', purchaseCount: 'purchase_count', promoters: 'nps', device: 'device', browser: 'browser',
      source: 'source', industry: 'industry', companySize: 'company_size', serviceNeed: 'service_need', deliveryMethod: 'preferred_delivery',
    });
    expect(b.revenue).toBeUndefined();
  });

  it('binds telco_churn.csv', async () => {
    const b = await bindings(await openAsBlob(sharedFile('telco_churn.csv')));
    // Known weak spot: "DeviceProtection" (a service) binds the device block because its name starts with "device".
    expect(b).toEqual({
      gender: 'gender', country: 'Country', city: 'City', postcode: 'ZipCode', tenure: 'tenure', churn: 'Churn',
      lifetimeValue: 'TotalCharges', orderValue: 'MonthlyCharges', productFeature: 'InternetService', device: 'DeviceProtection',
    });
  }, 60_000);

  it('binds mall_customers.csv, where gender is "Genre" and income is "Annual Income (k$)"', async () => {
    const b = await bindings(await openAsBlob(sharedFile('mall_customers.csv')));
    expect(b).toEqual({ age: 'Age', teenagers: 'Age', gender: 'Genre', income: 'Annual Income (k$)' });
  });
});
