// A journey template dropped on the canvas: a chain of stage nodes bound to the file's columns.

import type { ColumnProfile } from '../../engine/api';
import { t } from '../../i18n/index';
import { bindBlock } from '../../model/bind-block';
import { freshId } from '../../model/commands';
import { JOURNEYS, type JourneyTemplate, type StageRule } from '../../model/journeys';
import { BLOCKS } from '../../model/palette';
import type { Condition, Edge, Position, Project, StageNode } from '../../model/types';

const YES = /^(yes|true|1|y|evet|bəli|да|ооба|այո|بله)$/i;

/** A template rule as a condition on the column its block binds to (a yes/no signal fits text and number columns too). */
export function ruleCondition(rule: StageRule, columns: ColumnProfile[]): Condition {
  const block = BLOCKS.find((b) => b.id === rule.block)!;
  const column = columns.find((c) => c.name === bindBlock(block, columns));
  if (!column) return { column: '', op: rule.op, ...(rule.value !== undefined ? { value: rule.value } : {}) };
  if (rule.op === 'isTrue' && column.type === 'text') {
    const yes = column.top.find((v) => YES.test(v.value.trim()));
    return { column: column.name, op: 'in', value: [yes?.value ?? 'yes'] };
  }
  if (rule.op === 'isTrue' && column.type === 'number') return { column: column.name, op: 'gte', value: 1 };
  return { column: column.name, op: rule.op, ...(rule.value !== undefined ? { value: rule.value } : {}) };
}

/** The template's stages, one below the other from `position`, chained by edges, named in the current language. */
export function journeyNodes(project: Project, template: JourneyTemplate, columns: ColumnProfile[], position: Position): { nodes: StageNode[]; edges: Edge[] } {
  const nodes: StageNode[] = [];
  const edges: Edge[] = [];
  let p = project;
  JOURNEYS[template].forEach((stage, i) => {
    const node: StageNode = {
      id: freshId(p, stage.kind), type: 'stage', kind: stage.kind, name: t(`journey.stage.${stage.kind}`), match: stage.match,
      conditions: stage.rules.map((r) => ruleCondition(r, columns)), position: { x: position.x, y: position.y + i * 230 },
    };
    nodes.push(node);
    p = { ...p, nodes: [...p.nodes, node] };
    if (i > 0) {
      const edge = { id: freshId(p, 'e'), source: nodes[i - 1].id, target: node.id };
      edges.push(edge);
      p = { ...p, edges: [...p.edges, edge] };
    }
  });
  return { nodes, edges };
}
