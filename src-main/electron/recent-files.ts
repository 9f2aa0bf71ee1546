import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const MAX_RECENT = 10;

/**
 * The TOML files opened or saved through the dialogs, newest first, kept in the data folder.
 * It is also the allow-list for `dialogs.openRecent`: the page cannot name any other path.
 */
export class RecentFiles {
  private paths: string[];
  private readonly listeners = new Set<(paths: readonly string[]) => void>();

  constructor(private readonly file: string) {
    this.paths = readList(file);
  }

  list(): readonly string[] {
    return this.paths;
  }

  has(filePath: string): boolean {
    return this.paths.includes(filePath);
  }

  add(filePath: string): void {
    this.update([filePath, ...this.paths.filter((p) => p !== filePath)].slice(0, MAX_RECENT));
  }

  remove(filePath: string): void {
    if (this.has(filePath)) this.update(this.paths.filter((p) => p !== filePath));
  }

  clear(): void {
    this.update([]);
  }

  onChange(listener: (paths: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(paths: string[]): void {
    this.paths = paths;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(`${this.file}.tmp`, JSON.stringify(paths, null, 2));
      fs.renameSync(`${this.file}.tmp`, this.file);
    } catch {
      // The list still works for this session; it is a convenience, not data.
    }
    for (const listener of this.listeners) listener(paths);
  }
}

/** A missing or damaged list starts empty; only absolute paths are kept. */
function readList(file: string): string[] {
  try {
    const parsed = z.array(z.string()).parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return [...new Set(parsed.filter((p) => path.isAbsolute(p)))].slice(0, MAX_RECENT);
  } catch {
    return [];
  }
}
