// Storage failures the user must hear about: the disk is full (quota) or a write failed otherwise.

export class StorageError extends Error {
  constructor(readonly kind: 'quota' | 'failed', detail: string) {
    super(detail);
    this.name = 'StorageError';
  }
  /** The i18n key for the user. */
  get key(): string { return this.kind === 'quota' ? 'store.error.quota' : 'store.error.failed'; }
}

/** Runs a write; any failure becomes a StorageError (QuotaExceededError → 'quota'). */
export async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const err = e as { name?: string; inner?: { name?: string }; message?: string };
    const quota = err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
    throw new StorageError(quota ? 'quota' : 'failed', err?.message ?? String(e));
  }
}
