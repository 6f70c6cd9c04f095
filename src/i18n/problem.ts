// A problem to show the user: an i18n key with its params, and where it is (a field path such as `nodes[2].conditions[0].value`).

export interface Problem {
  /** Field path in the project document, or '' when the problem is not about one field. */
  path: string;
  /** Catalogue key, e.g. `model.error.opType`. */
  key: string;
  params?: Record<string, string | number>;
}

/** The problem as one sentence for the user, led by its field path when it has one. */
export function problemText(p: Problem, translate: (key: string, params?: Record<string, string | number>) => string): string {
  const message = translate(p.key, p.params);
  return p.path ? translate('model.restore.at', { path: p.path, message }) : message;
}
