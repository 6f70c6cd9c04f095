// Computed traits: per-customer aggregates of an events table (count, sum, … days since last), with Arquero.

import * as aq from 'arquero';
import type { TableBinding, Trait } from '../model/types';
import { and, full, indexes } from './bitset';
import { dayOf } from './dates';
import { fnv1a } from './hash';
import { evaluateCondition, type PredicateContext } from './predicates';
import { cellValue, type Column, findColumn, type Table } from './table';

type Value = string | number | null;

/** The per-key result of one trait, from the events that pass its `where`. */
function aggregate(trait: Trait, events: Table, binding: TableBinding, ctx: PredicateContext): Map<string, Value> {
  const keyCol = binding.key ? findColumn(events, binding.key) : undefined;
  const timeCol = binding.time ? findColumn(events, binding.time) : undefined;
  const valueCol = trait.column ? findColumn(events, trait.column) : undefined;
  let pass = full(events.rowCount);
  for (const c of trait.where ?? []) {
    const col = findColumn(events, c.column);
    pass = col ? and(pass, evaluateCondition(events, col, c, ctx)) : new Uint32Array(pass.length);
  }
  const rows = indexes(pass);
  const k: string[] = [], v: Value[] = [], t: number[] = [];
  for (const i of rows) {
    const key = keyCol ? cellValue(keyCol, i) : i;
    if (key === null) continue;
    k.push(String(key).trim());
    const raw = valueCol ? cellValue(valueCol, i) : null;
    v.push(valueCol?.type === 'date' ? (raw === null ? null : (valueCol as { values: Float64Array }).values[i]) : (raw as Value));
    t.push(timeCol && timeCol.type === 'date' ? timeCol.values[i] : i);
  }
  const dt = aq.table({ k, v, t });
  const op = aq.op;
  const present = dt.filter(aq.escape((d: { v: Value }) => d.v !== null));
  let result: { k: string; r: Value | Value[] }[];
  switch (trait.agg) {
    case 'count': result = dt.groupby('k').rollup({ r: op.count() }).objects() as never; break;
    case 'sum': result = present.groupby('k').rollup({ r: op.sum('v') }).objects() as never; break;
    case 'avg': result = present.groupby('k').rollup({ r: op.mean('v') }).objects() as never; break;
    case 'min': result = present.groupby('k').rollup({ r: op.min('v') }).objects() as never; break;
    case 'max': result = present.groupby('k').rollup({ r: op.max('v') }).objects() as never; break;
    case 'countDistinct': result = present.groupby('k').rollup({ r: op.distinct('v') }).objects() as never; break;
    case 'first': case 'last': {
      const lists = present.orderby('t').groupby('k').rollup({ r: op.array_agg('v') }).objects() as { k: string; r: Value[] }[];
      result = lists.map(({ k: key, r }) => ({ k: key, r: trait.agg === 'first' ? r[0] : r[r.length - 1] }));
      break;
    }
    case 'daysSince': {
      const latest = dt.groupby('k').rollup({ r: op.max('t') }).objects() as { k: string; r: number }[];
      result = latest.map(({ k: key, r }) => ({ k: key, r: Number.isFinite(r) ? ctx.asOfDay - dayOf(r) : null }));
      break;
    }
  }
  return new Map(result.map(({ k: key, r }) => [key, r as Value]));
}

/** A trait as a column of the customers table: numbers (and dates) as numbers, text as a dictionary. */
function traitColumn(trait: Trait, customers: Table, key: Column | undefined, values: Map<string, Value>, sourceType: Column['type'] | undefined): Column {
  const n = customers.rowCount;
  const keyOf = (i: number) => String(key ? cellValue(key, i) ?? '' : i).trim();
  const textual = (trait.agg === 'first' || trait.agg === 'last' || trait.agg === 'min' || trait.agg === 'max') && (sourceType === 'text' || sourceType === 'tags');
  if (textual) {
    const dict: (string | null)[] = [null];
    const index = new Map<string, number>();
    const codes = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const v = values.get(keyOf(i));
      if (v === undefined || v === null) continue;
      const s = String(v);
      let c = index.get(s);
      if (c === undefined) { index.set(s, (c = dict.length)); dict.push(s); }
      codes[i] = c;
    }
    return { name: trait.id, type: 'text', codes, dict };
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values.get(keyOf(i));
    out[i] = v === undefined || v === null ? (trait.agg === 'count' ? 0 : NaN) : Number(v);
  }
  const isDate = sourceType === 'date' && trait.agg !== 'count' && trait.agg !== 'countDistinct' && trait.agg !== 'daysSince' && trait.agg !== 'sum' && trait.agg !== 'avg';
  return { name: trait.id, type: isDate ? 'date' : 'number', values: out };
}

/**
 * The customers table with one column per trait. Its id changes with the traits, so nothing cached for
 * another version of a trait is reused. Traits whose events table is not loaded are left out.
 */
export function withTraits(customers: Table, customerKey: string | undefined, traits: Trait[], tables: Map<string, Table>, bindings: TableBinding[], ctx: PredicateContext): Table {
  if (traits.length === 0) return customers;
  const key = customerKey ? findColumn(customers, customerKey) : undefined;
  const columns = [...customers.columns];
  for (const trait of traits) {
    const events = tables.get(trait.table);
    const binding = bindings.find((b) => b.id === trait.table);
    if (!events || !binding) continue;
    const sourceType = trait.column ? findColumn(events, trait.column)?.type : undefined;
    columns.push(traitColumn(trait, customers, key, aggregate(trait, events, binding, ctx), sourceType));
  }
  const version = fnv1a(JSON.stringify([traits, ctx.asOfDay, [...tables.keys()]])).toString(36);
  return { id: `${customers.id}+${version}`, rowCount: customers.rowCount, columns };
}
