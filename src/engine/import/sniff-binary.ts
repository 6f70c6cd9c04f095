// Tells binary file formats apart by their first (and last) bytes: a workbook, a zip, Parquet, Arrow, and the ones
// we name but cannot read (legacy Excel, an encrypted workbook, Feather v1).

export type BinaryKind = 'xlsx' | 'zip' | 'parquet' | 'arrow' | 'xls' | 'encrypted' | 'ole' | 'feather1';

const ascii = (bytes: Uint8Array, at: number, text: string) => {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
};

/** Whether `needle` (ASCII) occurs in `bytes`. */
function contains(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    if (ascii(bytes, i, needle)) return true;
  }
  return false;
}

/** Whether `name` occurs in UTF-16LE, as the names of an OLE2 compound file's streams are stored. */
const containsUtf16 = (bytes: Uint8Array, name: string) => contains(bytes, name.split('').join('\0'));

/**
 * An OLE2 compound file by the streams it names: an encrypted (password-protected) OOXML workbook keeps the workbook
 * in a stream "EncryptedPackage", a legacy Excel 97-2003 workbook in "Workbook" (Excel 5/95: "Book").
 */
function oleKind(head: Uint8Array, tail: Uint8Array): BinaryKind {
  const named = (name: string) => containsUtf16(head, name) || containsUtf16(tail, name);
  if (named('EncryptedPackage')) return 'encrypted';
  return named('Workbook') || named('Book\0') ? 'xls' : 'ole';
}

/**
 * The binary kind of a file from its first bytes `head` and its last bytes `tail` (a zip lists its files at the end),
 * or null for text. A zip holding `xl/workbook.xml` is a workbook.
 */
export function sniffBinary(head: Uint8Array, tail: Uint8Array): BinaryKind | null {
  if (ascii(head, 0, 'PK\x03\x04') || ascii(head, 0, 'PK\x05\x06')) {
    return contains(tail, 'xl/workbook.xml') || contains(head, 'xl/workbook.xml') ? 'xlsx' : 'zip';
  }
  if (ascii(head, 0, 'PAR1')) return 'parquet';
  if (ascii(head, 0, 'ARROW1')) return 'arrow';
  // An Arrow IPC stream starts with a schema message: the continuation marker 0xFFFFFFFF and its length.
  if (head.length >= 8 && head[0] === 0xff && head[1] === 0xff && head[2] === 0xff && head[3] === 0xff && head[7] === 0) return 'arrow';
  if (ascii(head, 0, 'FEA1')) return 'feather1';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0 && head[4] === 0xa1 && head[5] === 0xb1) return oleKind(head, tail);
  return null;
}
