import { describe, expect, it } from 'vitest';
import { useCustomersTable } from '../../../src/model/commands';
import { newProject } from '../../../src/model/restore';
import { setTableKey } from '../../../src/model/table-commands';

const project = useCustomersTable(newProject('p', 'demo'), 'telco').project;

describe('setting the key of a table', () => {
  it('records the key on the customers binding, and removes it again', () => {
    const keyed = setTableKey(project, 'telco', 'customerID');
    expect(keyed.capture).toBe(true);
    expect(keyed.project.tables).toEqual([{ id: 'telco', role: 'customers', key: 'customerID' }]);
    expect(setTableKey(keyed.project, 'telco', undefined).project.tables).toEqual([{ id: 'telco', role: 'customers' }]);
    expect(project.tables).toEqual([{ id: 'telco', role: 'customers' }]);
  });

  it('keeps the binding\'s other fields and the other tables', () => {
    const p = { ...project, tables: [{ id: 'telco', role: 'customers' as const, columns: { a: { type: 'text' as const } } }, { id: 'orders', role: 'events' as const, key: 'CustomerID' }] };
    expect(setTableKey(p, 'telco', 'id').project.tables).toEqual([
      { id: 'telco', role: 'customers', columns: { a: { type: 'text' } }, key: 'id' },
      { id: 'orders', role: 'events', key: 'CustomerID' },
    ]);
  });

  it('changes nothing for a table the project does not bind', () => {
    expect(setTableKey(project, 'other', 'id')).toEqual({ project, capture: false });
  });
});
