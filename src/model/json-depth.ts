// How deeply a parsed JSON value nests, measured without recursion: saving, cloning to the worker and writing a file
// all recurse, so a value nested 100,000 levels deep (kept as an unknown field) would overflow the stack there.

interface Frame { value: object; depth: number; parent?: Frame; key?: string | number }

/** The field path (`nodes[0].x[3]`) of the first list or object nested deeper than `limit` levels, or undefined. */
export function tooDeepAt(root: unknown, limit: number): string | undefined {
  if (typeof root !== 'object' || root === null) return undefined;
  const stack: Frame[] = [{ value: root, depth: 1 }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.depth > limit) return pathOf(frame);
    const entries: [string | number, unknown][] = Array.isArray(frame.value) ? frame.value.map((v, i) => [i, v]) : Object.entries(frame.value);
    for (const [key, value] of entries) {
      if (typeof value === 'object' && value !== null) stack.push({ value, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return undefined;
}

function pathOf(frame: Frame): string {
  const parts: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) parts.push(typeof f.key === 'number' ? `[${f.key}]` : `.${f.key}`);
  return parts.reverse().join('').replace(/^\./, '');
}
