import fs from 'node:fs';
import path from 'node:path';

/**
 * A rename is atomic but not durable until the directory entry is on disk, so after creating or
 * renaming a file we fsync its folder (the fsync → rename → fsync-dir order of the crash
 * consistency write-ups cited in STYLE.md). Windows cannot open a folder for fsync; there the
 * rename is flushed by the filesystem and the call is skipped.
 */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Renames, retrying briefly on the transient EPERM/EBUSY Windows gives while a scanner holds the file. */
export function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * (attempt + 1));
    }
  }
}

/**
 * Replaces `target` with `bytes` so that a crash at any moment leaves either the old or the new
 * file whole. With `backup`, the old file stays reachable under that name (a hard link, so no
 * copy; a copy where links are unsupported).
 */
export function replaceFileDurably(target: string, bytes: Uint8Array, backup?: string): void {
  const dir = path.dirname(target);
  const tmp = `${target}.tmp-${process.pid}`;
  const fd = fs.openSync(tmp, 'w');
  try {
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  if (backup !== undefined && fs.existsSync(target)) {
    const backupTmp = `${backup}.tmp-${process.pid}`;
    fs.rmSync(backupTmp, { force: true });
    try {
      fs.linkSync(target, backupTmp);
    } catch {
      fs.copyFileSync(target, backupTmp);
    }
    renameWithRetry(backupTmp, backup);
  }
  renameWithRetry(tmp, target);
  fsyncDir(dir);
}
