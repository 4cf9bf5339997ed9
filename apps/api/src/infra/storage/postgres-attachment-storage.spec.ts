import { CHUNK_BYTES, chunksOf } from './postgres-attachment-storage';

describe('chunksOf: the pieces an attachment is stored in', () => {
  it('cuts at every MiB and keeps the rest as a shorter last piece', () => {
    const bytes = Buffer.alloc(2 * CHUNK_BYTES + 5, 7);
    expect(chunksOf(bytes).map((piece) => piece.length)).toEqual([CHUNK_BYTES, CHUNK_BYTES, 5]);
  });

  it('a file of whole pieces has no empty last piece, and one byte is one piece', () => {
    expect(chunksOf(Buffer.alloc(3 * CHUNK_BYTES)).map((piece) => piece.length)).toEqual([
      CHUNK_BYTES,
      CHUNK_BYTES,
      CHUNK_BYTES,
    ]);
    expect(chunksOf(Buffer.from('x'))).toEqual([Buffer.from('x')]);
  });

  it('the pieces put together are the file, without copying it', () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
    const pieces = chunksOf(bytes, 64);
    expect(Buffer.concat(pieces).equals(bytes)).toBe(true);
    expect(pieces.every((piece) => piece.buffer === bytes.buffer)).toBe(true);
  });
});
