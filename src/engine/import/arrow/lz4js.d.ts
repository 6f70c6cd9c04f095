// Types for lz4js (the package ships none): the frame functions the Arrow codec uses.

declare module 'lz4js' {
  /** Decompresses one LZ4 frame; `maxSize` sizes the output (the result is cut to what was written). */
  export function decompress(src: Uint8Array, maxSize?: number): Uint8Array;
  /** Decompresses one LZ4 frame into `dst`; returns the number of bytes it wrote. */
  export function decompressFrame(src: Uint8Array, dst: Uint8Array): number;
  /** Compresses `src` into one LZ4 frame. */
  export function compress(src: Uint8Array, maxSize?: number): Uint8Array;
}
