// Autosave: every edit schedules a save; saves are debounced and never overlap. A failed save keeps the last saved copy.

import { StorageError } from './errors';

export type SaveStatus = 'saved' | 'saving' | { error: StorageError };

export function createAutosave(save: () => Promise<void>, delayMs: number, onStatus: (s: SaveStatus) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = (): Promise<void> => {
    timer = undefined;
    running = running.then(async () => {
      onStatus('saving');
      try {
        await save();
        onStatus('saved');
      } catch (e) {
        onStatus({ error: e instanceof StorageError ? e : new StorageError('failed', String(e)) });
      }
    });
    return running;
  };

  return {
    /** Saves after `delayMs` without further edits. */
    schedule(): void {
      onStatus('saving'); // from the edit on, the user sees that it is not saved yet
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    },
    /** Saves now if a save is pending; resolves when every save so far has finished. */
    flush(): Promise<void> {
      if (timer) { clearTimeout(timer); return run(); }
      return running;
    },
  };
}
