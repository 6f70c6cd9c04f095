// Live counts: whenever the project changes, ask the engine (newest request wins). Counts are never written into the project.

import type { CountResult } from '../engine/api';
import type { Project } from '../model/types';

type Counter = (project: Project) => Promise<CountResult | null>;

class Counts {
  result = $state.raw<CountResult | null>(null);
  updating = $state(false);
  failed = $state(false);

  /** Recounts the project; call from an $effect that tracks the project. */
  async refresh(project: Project, count: Counter): Promise<void> {
    this.updating = true;
    try {
      const r = await count(project);
      if (r === null) return; // a newer request is on its way
      this.result = r;
      this.failed = false;
      this.updating = false;
    } catch {
      this.failed = true;
      this.updating = false;
    }
  }
}

export const counts = new Counts();
