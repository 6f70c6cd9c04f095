// Nodes read as sentences in the user's language: "Age is between 25 and 40", "Customers in “A” or “B”", "Random: A 50 %, B 50 %".

import { formatDate, formatNumber, t } from '../../i18n/index';
import { isCalendarDate } from '../../model/calendar-date';
import { excludeBaseIndex } from '../../model/combine-commands';
import { edgeBranch, splitBranches } from '../../model/split-branches';
import type { CombineNode, Condition, Edge, Project, ProjectNode, RelativeAmount, SplitNode } from '../../model/types';

/** A value as read in the sentence: numbers and days (`2026-10-31` → 31 Oct 2026) in the user's language. */
function one(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  // A day that does not exist (2024-02-31) is shown as written, not rolled over to March.
  if (typeof v === 'string' && isCalendarDate(v)) return formatDate(new Date(`${v}T00:00:00Z`));
  return String(v ?? '…');
}

function list(v: unknown): string {
  const xs = Array.isArray(v) ? v : [v];
  return xs.length ? xs.map(one).join(', ') : '…';
}

/** A column name as people read it: `household_income` → `household income`; an unchosen column → `…`. */
export function columnLabel(name: string): string {
  return name === '' ? '…' : name.replace(/_+/g, ' ').trim() || name;
}

/** One condition as a phrase, e.g. "Country is any of Azerbaijan, Türkiye". */
export function conditionSentence(c: Condition): string {
  const v = c.value;
  let value = '';
  if (Array.isArray(v) && c.op === 'between') value = t('ui.op.range', { a: one(v[0]), b: one(v[1]) });
  else if (Array.isArray(v)) value = list(v);
  else if (v && typeof v === 'object') {
    const r = v as RelativeAmount;
    value = t(`ui.unit.${r.unit}`, { count: r.amount });
  } else value = one(v);
  return t(`ui.sentence.${c.op}`, { column: columnLabel(c.column), value });
}

/** All conditions of a filter joined by "and" / "or", with NOT. */
export function filterSentence(conditions: Condition[], match: 'all' | 'any', negate: boolean): string {
  if (conditions.length === 0) return t('ui.filter.noConditions');
  const joined = conditions.map(conditionSentence).join(match === 'all' ? t('ui.filter.and') : t('ui.filter.or'));
  return negate ? t('ui.filter.not', { text: joined }) : joined;
}

/** What a node is called where other nodes refer to it: a segment or stage by name, a filter by its label or sentence. */
export function nodeTitle(node: ProjectNode): string {
  switch (node.type) {
    case 'source': return t('ui.node.source');
    case 'segment': case 'stage': return node.name || t(`ui.node.${node.type}`);
    case 'filter': {
      const text = node.label || filterSentence(node.conditions, node.match, node.negate);
      return text.length > 48 ? `${text.slice(0, 47)}…` : text;
    }
    case 'combine': return t(`inspector.combine.${node.mode}`);
    case 'split': return t('ui.node.split');
    case 'note': return t('ui.node.note');
    case 'frame': return node.title || t('frame.untitled');
  }
}

/** What a combine does, with the names of its inputs when known: "Customers in A or B", "… of A who are not in B or C". */
export function combineSentence(mode: CombineNode['mode'], inputs: string[] = [], base = -1): string {
  const quote = (s: string) => t('inspector.sentence.quoted', { name: s });
  if (inputs.length < 2) return t(`inspector.sentence.${mode}Plain`);
  if (mode === 'exclude') {
    if (base < 0) return t('inspector.sentence.excludeNoBase');
    return t('inspector.sentence.exclude', { base: quote(inputs[base]), others: inputs.filter((_, i) => i !== base).map(quote).join(t('ui.filter.or')) });
  }
  return t('inspector.sentence.customersIn', { inputs: inputs.map(quote).join(mode === 'union' ? t('ui.filter.or') : t('ui.filter.and')) });
}

/** A split read as a sentence: "Random: A 45 %, B 45 %, Hold-out 10 %" or "By country: Azerbaijan, Türkiye, other". */
export function splitSentence(node: SplitNode): string {
  if (node.kind === 'random') {
    const parts = node.branches.map((b) => t('inspector.sentence.branch', { label: b.label || b.id, percent: formatNumber(b.percent) }));
    return t('inspector.sentence.random', { branches: parts.join(', ') || '…' });
  }
  return t('inspector.sentence.byValue', { column: columnLabel(node.column), values: splitBranches(node).map((b) => branchLabel(node, b.id)).join(', ') });
}

/** What the catch-all of a split by value is called: "other", or "any other value" when a listed value reads "other". */
function otherLabel(split: SplitNode): string {
  const other = t('inspector.split.other');
  const listed = split.kind === 'value' ? split.values.map((v) => v.toLocaleLowerCase()) : [];
  return listed.includes('other') || listed.includes(other.toLocaleLowerCase()) ? t('canvas.branches.otherValues') : other;
}

/** A branch as the user reads it: its label, the value, or "other" for the catch-all of a split by value. */
export function branchLabel(split: SplitNode, id: string): string {
  const b = splitBranches(split).find((x) => x.id === id);
  if (!b) return id;
  return b.other ? otherLabel(split) : b.label || b.id;
}

/** The title of what an edge carries: its source node's title, with the branch when it leaves a split by one. */
export function edgeTitle(project: Pick<Project, 'nodes'>, edge: Edge): string {
  const source = project.nodes.find((n) => n.id === edge.source);
  if (!source) return edge.source;
  const title = nodeTitle(source);
  if (source.type !== 'split') return title;
  // An edge without a branch (drawn before splits had one output per branch, or by one since removed) carries all.
  const branch = edgeBranch(source, edge.sourceHandle);
  return `${title}: ${branch === undefined ? t('canvas.branches.all') : branchLabel(source, branch)}`;
}

/** A combine node as a sentence naming its inputs (the base input first for an exclude). */
export function combineNodeSentence(project: Pick<Project, 'nodes' | 'edges'>, node: CombineNode): string {
  const ins = project.edges.filter((e) => e.target === node.id);
  return combineSentence(node.mode, ins.map((e) => edgeTitle(project, e)), excludeBaseIndex(ins));
}
