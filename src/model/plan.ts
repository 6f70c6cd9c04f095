// The compiled plan: a DAG of set expressions over atomic predicates, as plain JSON.

import type { Problem } from '../i18n/problem';
import type { ColumnType, Condition, Trait } from './types';

/** Column types per table id (trait ids appear as columns of the customers table). */
export type Schema = Record<string, Record<string, ColumnType>>;

/**
 * One set expression. Sets are sets of row indexes of the customers table.
 * `ref` points at another expression of the plan by id, so shared sub-expressions are computed once.
 */
export type SetExpr =
  | { kind: 'all'; table: string }
  | { kind: 'none' }
  | { kind: 'pred'; table: string; condition: Condition }
  | { kind: 'and'; args: SetExpr[] }
  | { kind: 'or'; args: SetExpr[] }
  /** `base` minus every one of `args`. */
  | { kind: 'minus'; base: SetExpr; args: SetExpr[] }
  /** Members of `input` that are not in `of` (used for NOT): input ∖ of. */
  | { kind: 'not'; input: SetExpr; of: SetExpr }
  /** Branch `branch` of a random split of `input`: hash(seed, key) falls in [from, to) percent. */
  | { kind: 'random'; table: string; input: SetExpr; seed: number; from: number; to: number }
  /** Members of `input` whose `column` equals `value` (or, for `other`, none of `values`). */
  | { kind: 'value'; table: string; input: SetExpr; column: string; value: string | null; values: string[] }
  | { kind: 'ref'; id: string };

/** What the plan reports for one canvas node. */
export interface PlanNode {
  /** Canvas node id. */
  id: string;
  /** The node's output set (its members). For a split, the union of its branches. */
  expr: SetExpr;
  /** The node's input set, for "share of input"; absent for sources. */
  input?: SetExpr;
  /** Split branches: branch id → its set. */
  branches?: Record<string, SetExpr>;
  /** Stages: members who reached this stage or a later one. */
  reached?: SetExpr;
  /**
   * Filters with two or more conditions: the input narrowed (all) or widened (any) by conditions 1..k, before NOT,
   * for the running count after each condition ("7,043 → 3,875 → 1,412").
   */
  steps?: SetExpr[];
  /** Why the node cannot be counted (unconnected input, bad condition …); then expr is `none`. */
  error?: Problem;
}

export interface Plan {
  /** The customers table whose rows are counted. */
  table: string;
  /** Its key column; absent means the row number is the key (random splits hash it). */
  key?: string;
  /** Project locale, for case-insensitive text comparison. */
  locale: string;
  /** ISO `YYYY-MM-DD`; absent means the latest date in the data, or today. */
  asOf?: string;
  /** Computed columns to add to the customers table before evaluating predicates. */
  traits: Trait[];
  /** Named shared sub-expressions, in dependency order. */
  defs: { id: string; expr: SetExpr }[];
  nodes: PlanNode[];
}
