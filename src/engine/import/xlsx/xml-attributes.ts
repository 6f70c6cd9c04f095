// Reads the start tags of the small parts of a workbook (workbook.xml, relationships, tables): their attributes,
// with entities decoded. The cells themselves are read by read-excel-file; these parts it does not expose.

/** A start tag's attributes by local name (a prefix such as `r:` is dropped). */
export type Attributes = Record<string, string>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities, then Excel's own `_x0041_` escapes, decoded. */
export function xmlText(raw: string): string {
  return raw
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
      if (e[0] !== '#') return ENTITIES[e] ?? all;
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Every start tag `<name …>` (any namespace prefix) in `xml`, as its attributes, in document order. */
export function tags(xml: string, name: string): Attributes[] {
  const out: Attributes[] = [];
  // Attribute values may hold a `>`: the tag ends at the first one outside quotes.
  const tag = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g');
  for (const m of xml.matchAll(tag)) {
    const attrs: Attributes = {};
    for (const a of m[1].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs[a[1].replace(/^[\w.-]+:/, '')] = xmlText(a[2] ?? a[3]);
    }
    out.push(attrs);
  }
  return out;
}
