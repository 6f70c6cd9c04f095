// The one error an import throws when a file cannot be read at all: an i18n key with its params.

export class ImportError extends Error {
  constructor(readonly key: string, readonly params: Record<string, string | number> = {}) {
    super(key);
    this.name = 'ImportError';
  }
}
