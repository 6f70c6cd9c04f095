import { describe, expect, it } from 'vitest';
import { setAsOf } from '../../../src/model/as-of';
import { newProject } from '../../../src/model/restore';

describe('the "as of" date', () => {
  it('sets the "as of" date, and returns to the default for an empty or invalid one', () => {
    const p = setAsOf(newProject('p', 'demo'), '2026-06-30').project;
    expect(p.asOf).toBe('2026-06-30');
    expect('asOf' in setAsOf(p, undefined).project).toBe(false);
    expect('asOf' in setAsOf(p, '2026-13-45').project).toBe(false);
  });
});
