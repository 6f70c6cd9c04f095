// The files of a zip archive, listed and extracted with fflate; which of them are tables, and which are encrypted.

import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { ImportError } from '../import-error';

/** A file in the archive: its path, uncompressed size and whether it is encrypted. */
export interface ZipFile { name: string; size: number; encrypted: boolean }

/** The extensions of the text tables the importer reads. */
const TABLE = /\.(csv|tsv|txt|json|ndjson|jsonl)$/i;

/** A table to offer: not a folder, not macOS's resource forks (`__MACOSX/`, `._name`). */
export const isTable = (name: string): boolean =>
  TABLE.test(name) && !name.endsWith('/') && !/(^|\/)__MACOSX\//.test(name) && !/(^|\/)\._[^/]*$/.test(name);

/**
 * The general-purpose flags of each central-directory record, in the order fflate lists the files (fflate does not
 * report bit 0, "encrypted"; it would inflate the ciphertext into garbage). Zip64 archives are followed too.
 */
function entryFlags(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return [];
  let count = view.getUint16(end + 10, true), at = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === 0x07064b50) {
    const z = Number(view.getBigUint64(end - 12, true));
    if (z + 56 <= zip.length && view.getUint32(z, true) === 0x06064b50) {
      count = Number(view.getBigUint64(z + 32, true));
      at = Number(view.getBigUint64(z + 48, true));
    }
  }
  const flags: number[] = [];
  for (let i = 0; i < count && at + 46 <= zip.length && view.getUint32(at, true) === 0x02014b50; i++) {
    flags.push(view.getUint16(at + 8, true));
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return flags;
}

/** Every file of the archive (folders included), in the archive's order; a damaged archive is an ImportError. */
export function listZip(zip: Uint8Array): ZipFile[] {
  const flags = entryFlags(zip), files: ZipFile[] = [];
  try {
    // Compression 99 is WinZip's AES, whose flag bit 0 is set too.
    unzipSync(zip, { filter: (f) => { files.push({ name: f.name, size: f.originalSize, encrypted: (flags[files.length] & 1) === 1 || f.compression === 99 }); return false; } });
  } catch {
    throw new ImportError('import.zip.error.corrupt');
  }
  return files;
}

/** The uncompressed bytes of one file of the archive. */
export function extract(zip: Uint8Array, file: ZipFile): Uint8Array {
  if (file.encrypted) throw new ImportError('import.zip.error.encrypted', { file: file.name });
  let bytes: Uint8Array | undefined;
  try {
    bytes = unzipSync(zip, { filter: (f) => f.name === file.name })[file.name];
  } catch {
    throw new ImportError('import.zip.error.corrupt');
  }
  if (!bytes) throw new ImportError('import.zip.error.corrupt');
  return bytes;
}

/**
 * At least the first `max` bytes of a file of the archive (all of it when smaller), inflated with fflate's streaming
 * Unzip and stopped there: a preview need not inflate a whole 200 MB list.
 */
export function extractHead(zip: Uint8Array, file: ZipFile, max: number): Uint8Array {
  if (file.encrypted) throw new ImportError('import.zip.error.encrypted', { file: file.name });
  const parts: Uint8Array[] = [];
  let size = 0, done = false, failed = false;
  const unzip = new Unzip((f) => {
    if (done || f.name !== file.name) return;
    f.ondata = (error, chunk, final) => {
      if (done) return;
      if (error) { failed = done = true; return; }
      parts.push(chunk);
      size += chunk.length;
      if (final || size >= max) { done = true; if (!final) f.terminate(); }
    };
    f.start();
  });
  unzip.register(UnzipInflate);
  const STEP = 1 << 16;
  try {
    for (let at = 0; at < zip.length && !done; at += STEP) unzip.push(zip.subarray(at, at + STEP), at + STEP >= zip.length);
  } catch {
    failed = true;
  }
  if (failed || !done) return extract(zip, file);
  const out = new Uint8Array(size);
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}
