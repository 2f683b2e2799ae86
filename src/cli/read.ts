// Reads a draft from disk, refusing what is not a text file it can check.
import * as fs from 'node:fs';

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function readDraft(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code === 'EISDIR' ? 'is a folder' : err.message;
    return { ok: false, reason: `cannot read (${why})` };
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (size > maxBytes) return { ok: false, reason: `skipped: ${mb(size)} is over the ${mb(maxBytes)} limit (--max-size)` };
    const buf = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buf.subarray(0, read);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { ok: false, reason: 'skipped: UTF-16 text; save the draft as UTF-8' };
    }
    if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'skipped: binary file, not a Markdown draft' };
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
      return { ok: true, text: bytes.toString('utf8'), warning: 'not valid UTF-8; unreadable bytes were read as \uFFFD' };
    }
  } catch (e) {
    return { ok: false, reason: `cannot read (${(e as Error).message})` };
  } finally {
    fs.closeSync(fd);
  }
}
