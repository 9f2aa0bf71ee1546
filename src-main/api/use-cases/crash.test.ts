import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { historyOfName, getVersion } from './configs';
import { openStoreService } from './store-service';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Runs the saver until it acknowledged `killAfter` versions, SIGKILLs it, returns the last ack. */
async function saveUntilKilled(dir: string, killAfter: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'test-fixtures', 'crash-saver.ts'), dir, '40000'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let acked = 0;
  let stderr = '';
  let buffered = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) acked = Math.max(acked, Number(line.slice(4)));
    if (acked >= killAfter && !child.killed) child.kill('SIGKILL');
  });
  await new Promise((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  return acked;
}

describe('crash safety of saves', () => {
  it('keeps every acknowledged version after SIGKILL, twice in a row, with the database intact', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-'));
    dirs.push(dir);
    const first = await saveUntilKilled(dir, 60);
    const second = await saveUntilKilled(dir, first + 90); // the second run starts from the first's state
    const store = await openStoreService({ dataDir: dir, seed: false });
    const history = historyOfName(store, 'crash');
    // Numbers 1..n with no gap, every acknowledged one present, at most one unacknowledged extra.
    expect(history.map((v) => v.version)).toEqual(Array.from({ length: history.length }, (_, i) => history.length - i));
    expect(history.length).toBeGreaterThanOrEqual(second);
    expect(history.length).toBeLessThanOrEqual(second + 1);
    expect(history.filter((v) => v.isActive)).toHaveLength(1);
    const v = getVersion(store, history.find((e) => e.version === second)!.id);
    expect(v.configToml.startsWith(`[planner]\nmax_depth = ${(second % 10) + 1}\n`)).toBe(true);
    expect(store.db.read((sql) => sql.get('PRAGMA integrity_check'))).toEqual({ integrity_check: 'ok' });
    expect(store.db.recovery).toBeNull();
    store.db.close();
  });
});
