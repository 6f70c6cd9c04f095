// The demo customers: deterministic, every segmentation family, plausible correlations, names in seven languages.

import { describe, expect, it } from 'vitest';
import { demoCsv, demoCsvChunks } from '../../../src/engine/demo';

/** The demo file has no quoted cells (checked below), so splitting on commas reads it exactly. */
function read(csv: string) {
  const [header, ...lines] = csv.trimEnd().split('\n');
  const columns = header.split(',');
  const rows = lines.map((l) => l.split(','));
  const col = (name: string) => rows.map((r) => r[columns.indexOf(name)]);
  return { columns, rows, col };
}

const demo = read(demoCsv(5000));
const count = (name: string, test: (v: string, i: number) => boolean) => demo.col(name).filter(test).length;

describe('demo customers', () => {
  it('gives the same file for the same seed and another file for another seed', () => {
    expect(demoCsv(300, 1)).toBe(demoCsv(300, 1));
    expect(demoCsv(300, 2)).not.toBe(demoCsv(300, 1));
  });

  it('has exactly the rows asked for, ids C000001 onwards, every row as wide as the header', () => {
    expect(demo.rows).toHaveLength(5000);
    expect(demo.col('customer_id').slice(0, 2)).toEqual(['C000001', 'C000002']);
    expect(demo.col('customer_id').at(-1)).toBe('C005000');
    expect(demo.rows.filter((r) => r.length !== demo.columns.length)).toEqual([]);
  });

  it('has a column for every segmentation family', () => {
    expect(demo.columns).toEqual([
      'customer_id', 'first_name', 'last_name', 'email', 'age', 'gender', 'occupation', 'marital_status', 'household_income',
      'education', 'family_size', 'country', 'region', 'city', 'postcode', 'area_type', 'language', 'climate', 'signup_date',
      'last_purchase_date', 'purchase_count', 'avg_order_value', 'lifetime_value', 'nps', 'loyalty_tier', 'device', 'browser',
      'source', 'interests', 'values', 'lifestyle', 'personality', 'social_status', 'industry', 'company_size',
      'preferred_delivery', 'service_need', 'pricing_page_visits', 'website_visits_30d', 'cart_abandoned', 'demo_requested', 'trial_started',
    ]);
  });

  it('streams the same text in chunks, header first', () => {
    const chunks = [...demoCsvChunks(25, 1, 10)];
    expect(chunks[0]).toBe(demo.columns.join(',') + '\n');
    expect(chunks.slice(1).map((c) => c.trimEnd().split('\n').length)).toEqual([10, 10, 5]);
    expect(chunks.join('')).toBe(demoCsv(25, 1));
  });

  it('leaves some cells blank so empty values and fallbacks matter', () => {
    expect({
      first_name: count('first_name', (v) => v === ''),
      email: count('email', (v) => v === ''),
      household_income: count('household_income', (v) => v === ''),
      nps: count('nps', (v) => v === ''),
      last_purchase_date: count('last_purchase_date', (v) => v === ''),
    }).toEqual({ first_name: 354, email: 297, household_income: 241, nps: 787, last_purchase_date: 783 });
  });

  it('keeps people plausible: retired from 58, students on low incomes, ages 13–90', () => {
    const age = demo.col('age').map(Number);
    const income = demo.col('household_income');
    expect(count('occupation', (v, i) => v === 'Retired' && age[i] < 58)).toBe(0);
    expect(count('occupation', (v, i) => v === 'Retired' && age[i] >= 60) / count('occupation', (v) => v === 'Retired')).toBeGreaterThan(0.9);
    expect(count('occupation', (v, i) => (v === 'Student' || v === 'Part-time worker') && Number(income[i]) > 16000)).toBe(0);
    expect([Math.min(...age), Math.max(...age)]).toEqual([13, 90]);
    expect(count('occupation', (v) => v === 'Retired')).toBe(1292);
  });

  it('spreads customers over eight countries with names in their own scripts', () => {
    const byCountry: Record<string, number> = {};
    for (const c of demo.col('country')) byCountry[c] = (byCountry[c] ?? 0) + 1;
    expect(byCountry).toEqual({
      Azerbaijan: 1016, 'Türkiye': 946, Russia: 630, Iran: 580, Armenia: 504, 'United States': 470, 'United Kingdom': 457, Kyrgyzstan: 397,
    });
    const names = demo.col('first_name');
    for (const script of [/\p{Script=Arabic}/u, /\p{Script=Armenian}/u, /\p{Script=Cyrillic}/u, /[əıİş]/u, /^[A-Za-z]+$/]) {
      expect(names.some((n) => script.test(n)), String(script)).toBe(true);
    }
  });

  it('writes dates as ISO days and yes/no flags', () => {
    expect(demo.col('signup_date').every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(new Set(demo.col('trial_started'))).toEqual(new Set(['yes', 'no']));
    const demoRequested = demo.col('demo_requested');
    expect(count('trial_started', (v, i) => v === 'yes' && demoRequested[i] !== 'yes')).toBe(0);
  });
});
