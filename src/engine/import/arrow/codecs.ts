// The buffer codecs Arrow IPC files may use, registered with flechette (which ships none): LZ4 frame and ZSTD.

import { CompressionType, setCompressionCodec } from '@uwdata/flechette';
import { decompress as zstdDecompress } from 'fzstd';
import * as lz4 from 'lz4js';

/** A buffer that decodes to more or fewer bytes than its header says is a damaged file, not data to read. */
function exact(bytes: Uint8Array, decoded: number, length: number, codec: string): Uint8Array {
  if (decoded !== length) throw new Error(`${codec} buffer decodes to ${decoded} bytes, its header says ${length}`);
  return bytes;
}

/** lz4js's frame decoder counts what it wrote (its `decompress` would hide a short or overlong frame). */
function lz4Frame(bytes: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  return exact(out, lz4.decompressFrame(bytes, out), length, 'LZ4');
}

/**
 * Registers the codecs once. LZ4 is the *frame* format (pandas / pyarrow write Feather v2 with it by default), which
 * lz4js implements in plain JS; hyparquet-compressors' LZ4 is the raw block format of Parquet, not this one. fzstd is a
 * small pure-JS ZSTD decoder (decode only: the importer never writes Arrow).
 */
export function registerCodecs(): void {
  setCompressionCodec(CompressionType.LZ4_FRAME, {
    decode: lz4Frame,
    encode: (bytes) => lz4.compress(bytes),
  });
  setCompressionCodec(CompressionType.ZSTD, {
    decode: (bytes, length) => { const out = zstdDecompress(bytes); return exact(out, out.length, length, 'ZSTD'); },
    encode: () => { throw new Error('ZSTD compression is not available (the importer only reads Arrow)'); },
  });
}
