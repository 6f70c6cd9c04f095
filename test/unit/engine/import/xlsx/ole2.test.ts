// Files in the OLE2 compound format (Excel 97-2003, and Office's container for a password-protected workbook), made
// in the test: each is refused, through the importer's own door, with a message naming its format.

import { describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';

/** A 128-byte directory entry: the name in UTF-16LE with its terminator, its byte length, its type (2 stream, 5 root). */
function entry(name: string, type: number): Uint8Array {
  const out = new Uint8Array(128);
  for (let i = 0; i < name.length; i++) out[2 * i] = name.charCodeAt(i);
  new DataView(out.buffer).setUint16(64, 2 * (name.length + 1), true);
  out[66] = type;
  return out;
}

/**
 * A compound file: the 512-byte header (magic, version 3, 512-byte sectors, the directory in sector `at`), `at`
 * sectors of payload, then the directory sector naming `streams`.
 */
function compoundFile(streams: string[], at = 0): Blob {
  const header = new Uint8Array(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(header.buffer);
  view.setUint16(0x1a, 0x3e, true); // minor version
  view.setUint16(0x1c, 3, true); // major version
  view.setUint16(0x1e, 9, true); // 2^9-byte sectors
  view.setUint32(0x30, at, true); // first directory sector
  const directory = new Uint8Array(512);
  [entry('Root Entry', 5), ...streams.map((s) => entry(s, 2))].slice(0, 4).forEach((e, i) => directory.set(e, 128 * i));
  return new Blob([header, new Uint8Array(512 * at).fill(0x5a), directory]);
}

describe('OLE2 compound files', () => {
  it('a legacy Excel workbook (.xls): its own message', async () => {
    await expect(importFile(compoundFile(['Workbook', '\u0005SummaryInformation']), 't', 'old.xls')).rejects.toMatchObject({ key: 'import.error.xls' });
    await expect(previewFile(compoundFile(['Book']))).rejects.toMatchObject({ key: 'import.error.xls' });
  });

  it('a password-protected workbook (an "EncryptedPackage" stream): the password message', async () => {
    await expect(previewFile(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).rejects.toMatchObject({ key: 'import.error.encrypted' });
    // The directory after 600 KiB of encrypted bytes: found in the file's last bytes.
    await expect(importFile(compoundFile(['EncryptionInfo', 'EncryptedPackage'], 1200), 't', 'locked.xlsx')).rejects.toMatchObject({ key: 'import.error.encrypted' });
  });

  it('another Office file (a Word 97 document): named as an old Office file, not as a workbook', async () => {
    await expect(previewFile(compoundFile(['WordDocument', '1Table']))).rejects.toMatchObject({ key: 'import.error.ole' });
  });
});
