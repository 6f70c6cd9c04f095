// The version-1 project document of PRODUCT.md, as TypeScript types. Plain data only.

export type ColumnType = 'number' | 'text' | 'date' | 'boolean' | 'tags';

/** Per-column override in a table binding (PRODUCT.md `columns`). */
export interface ColumnSpec {
  type?: ColumnType;
  /** Date format such as `D.M.YYYY`, `M/D/YYYY H:MM`, `YYYY-MM-DD`. */
  format?: string;
  /** Decimal separator for numbers. */
  decimal?: '.' | ',';
  /** Separator of a tag list, default `;`. */
  separator?: string;
  [unknown: string]: unknown;
}

export interface TableBinding {
  id: string;
  role: 'customers' | 'events';
  key?: string;
  time?: string;
  columns?: Record<string, ColumnSpec>;
  [unknown: string]: unknown;
}

export type TimeUnit = 'day' | 'week' | 'month' | 'year';
export interface RelativeAmount { amount: number; unit: TimeUnit }

export type Op =
  | 'eq' | 'ne' | 'in' | 'notIn' | 'contains' | 'notContains' | 'startsWith' | 'endsWith'
  | 'lt' | 'lte' | 'gt' | 'gte' | 'between' | 'topPercent' | 'bottomPercent'
  | 'before' | 'after' | 'on' | 'inLast' | 'olderThan'
  | 'isTrue' | 'isFalse' | 'hasAny' | 'hasAll' | 'hasNone' | 'isEmpty' | 'isNotEmpty';

/** A value a condition compares with: a scalar, a list (in/notIn/has*), a pair (between) or a relative amount. */
export type ConditionValue = string | number | boolean | null | (string | number)[] | RelativeAmount;

export interface Condition {
  column: string;
  op: Op;
  value?: ConditionValue;
  [unknown: string]: unknown;
}

export type TraitAgg = 'count' | 'sum' | 'avg' | 'min' | 'max' | 'countDistinct' | 'first' | 'last' | 'daysSince';

export interface Trait {
  id: string;
  table: string;
  agg: TraitAgg;
  column?: string;
  where?: Condition[];
  [unknown: string]: unknown;
}

export interface Message {
  channel: 'email' | 'sms' | 'push' | 'whatsapp';
  subject?: string;
  body: string;
  [unknown: string]: unknown;
}

export interface Position { x: number; y: number }
export interface Size { width: number; height: number }

interface NodeBase {
  id: string;
  position: Position;
  [unknown: string]: unknown;
}

export interface SourceNode extends NodeBase { type: 'source'; table: string }
export interface FilterNode extends NodeBase {
  type: 'filter'; match: 'all' | 'any'; negate: boolean; conditions: Condition[]; label?: string;
}
export interface CombineNode extends NodeBase { type: 'combine'; mode: 'union' | 'intersect' | 'exclude' }
export interface SplitBranch { id: string; label: string; percent: number }
export interface RandomSplitNode extends NodeBase { type: 'split'; kind: 'random'; seed: number; branches: SplitBranch[] }
export interface ValueSplitNode extends NodeBase { type: 'split'; kind: 'value'; column: string; values: string[] }
export type SplitNode = RandomSplitNode | ValueSplitNode;
export interface SegmentNode extends NodeBase {
  type: 'segment'; name: string; color: string; description?: string; message?: Message;
}
export interface StageNode extends NodeBase {
  type: 'stage'; name: string; match: 'all' | 'any'; conditions: Condition[]; message?: Message;
}
export interface NoteNode extends NodeBase { type: 'note'; text: string }
/** A titled frame drawn behind a group of cards for workshops; like a note it carries no data. */
export interface FrameNode extends NodeBase { type: 'frame'; title: string; size: Size; color?: string }

export type ProjectNode = SourceNode | FilterNode | CombineNode | SplitNode | SegmentNode | StageNode | NoteNode | FrameNode;
export type NodeType = ProjectNode['type'];

export interface Edge {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string;
  targetHandle?: string;
  [unknown: string]: unknown;
}

export interface Project {
  format: 'audience-canvas';
  version: 1;
  name: string;
  locale: string;
  /** ISO date `YYYY-MM-DD`; absent means "latest date in the data, or today". */
  asOf?: string;
  tables: TableBinding[];
  traits: Trait[];
  nodes: ProjectNode[];
  edges: Edge[];
  [unknown: string]: unknown;
}
