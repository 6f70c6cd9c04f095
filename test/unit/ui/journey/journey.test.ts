import { describe, expect, it } from 'vitest';
import type { ColumnProfile, CountResult } from '../../../../src/engine/api';
import type { Project, StageNode } from '../../../../src/model/types';
import { funnelRows } from '../../../../src/ui/journey/funnel-data';
import { journeyNodes, ruleCondition } from '../../../../src/ui/palette/journey-nodes';

const profile = (name: string, type: ColumnProfile['type'], top: string[] = []): ColumnProfile =>
  ({ name, type, empty: 0, distinct: top.length, top: top.map((value) => ({ value, count: 1 })) });
const at = { x: 0, y: 0 };
const stages = ['aw', 'co', 'de'].map((id): StageNode => ({ id, type: 'stage', name: id.toUpperCase(), match: 'all', conditions: [], position: at }));

describe('a journey template on the file\'s columns', () => {
  it('binds each rule, turning a yes/no signal into the column\'s own "yes"', () => {
    const cols = [profile('Demo Requested', 'text', ['No', 'Yes']), profile('trial_started', 'number'), profile('nps', 'number')];
    expect(ruleCondition({ block: 'demoRequested', op: 'isTrue' }, cols)).toEqual({ column: 'Demo Requested', op: 'in', value: ['Yes'] });
    expect(ruleCondition({ block: 'trialStarted', op: 'isTrue' }, cols)).toEqual({ column: 'trial_started', op: 'gte', value: 1 });
    expect(ruleCondition({ block: 'promoters', op: 'gte', value: 9 }, cols)).toEqual({ column: 'nps', op: 'gte', value: 9 });
    expect(ruleCondition({ block: 'websiteVisits', op: 'gte', value: 1 }, cols)).toEqual({ column: '', op: 'gte', value: 1 });
  });

  it('makes a chain of named stages one below the other', () => {
    const p: Project = { format: 'audience-canvas', version: 1, name: 'p', locale: 'en', tables: [], traits: [], nodes: [], edges: [{ id: 'e1', source: 'x', target: 'y' }] };
    const { nodes, edges } = journeyNodes(p, 'fiveStage', [profile('purchase_count', 'number')], { x: 10, y: 20 });
    expect(nodes.map((n) => [n.id, n.name, n.kind, n.position.y])).toEqual([
      ['awareness1', 'Awareness', 'awareness', 20], ['consideration1', 'Consideration', 'consideration', 250], ['decision1', 'Decision', 'decision', 480],
      ['retention1', 'Retention', 'retention', 710], ['advocacy1', 'Advocacy', 'advocacy', 940],
    ]);
    expect(nodes[3].conditions).toEqual([{ column: 'purchase_count', op: 'gte', value: 2 }]);
    expect(edges).toEqual([
      { id: 'e2', source: 'awareness1', target: 'consideration1' }, { id: 'e3', source: 'consideration1', target: 'decision1' },
      { id: 'e4', source: 'decision1', target: 'retention1' }, { id: 'e5', source: 'retention1', target: 'advocacy1' },
    ]);
  });
});

describe('the funnel figures', () => {
  const result = (nodes: CountResult['nodes']): CountResult => ({ total: 10, ms: 1, nodes });
  it('gives reached, in-stage and conversion from the stage before (from the input for the first)', () => {
    expect(funnelRows(stages, result({ aw: { count: 1, input: 8, reached: 6 }, co: { count: 2, input: 6, reached: 5 }, de: { count: 3, input: 5, reached: 3 } }))).toEqual([
      { id: 'aw', name: 'AW', reached: 6, inStage: 1, conversion: 0.75 },
      { id: 'co', name: 'CO', reached: 5, inStage: 2, conversion: 5 / 6 },
      { id: 'de', name: 'DE', reached: 3, inStage: 3, conversion: 0.6 },
    ]);
  });
  it('leaves conversion out after a stage nobody reached, and gives nothing while a stage has a problem', () => {
    expect(funnelRows(stages.slice(0, 2), result({ aw: { count: 0, input: 0, reached: 0 }, co: { count: 0, input: 0, reached: 0 } }))
      .map((r) => r.conversion)).toEqual([undefined, undefined]);
    expect(funnelRows(stages, result({ aw: { count: 0, error: { path: '', key: 'model.error.noInput' } } }))).toEqual([]);
    expect(funnelRows(stages, null)).toEqual([]);
  });
});
