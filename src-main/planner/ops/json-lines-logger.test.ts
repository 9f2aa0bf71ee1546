import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonLinesLogger, parseLogLevel, type LogLine } from './json-lines-logger';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-log-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function readLines(file: string): LogLine[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as LogLine);
}

describe('JsonLinesLogger', () => {
  it('writes one parseable JSON object per line with the structured fields', () => {
    const file = path.join(tempDir(), 'logs', 'planner.log');
    const log = new JsonLinesLogger({ file, now: () => new Date('2026-05-06T07:08:09.000Z') });
    log.info('module failed', { bucket: 'core', module: 'momentum', runId: 'r1', elapsedMs: 12.5, fields: { error: new Error('boom') } });
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    log.warn('odd fields', { fields: { cyclic, big: 10n } });
    const lines = readLines(file);
    expect(lines).toEqual([
      {
        time: '2026-05-06T07:08:09.000Z',
        level: 'info',
        bucket: 'core',
        module: 'momentum',
        runId: 'r1',
        message: 'module failed',
        fields: { error: { name: 'Error', message: 'boom' } },
        elapsedMs: 12.5,
      },
      {
        time: '2026-05-06T07:08:09.000Z',
        level: 'warn',
        bucket: null,
        module: null,
        runId: null,
        message: 'odd fields',
        fields: { cyclic: { a: 1, self: '[circular]' }, big: '10' },
        elapsedMs: null,
      },
    ]);
  });

  it('drops lines below the configured level and follows level changes', () => {
    const file = path.join(tempDir(), 'planner.log');
    const log = new JsonLinesLogger({ file, level: 'warn' });
    log.debug('d');
    log.info('i');
    log.error('e');
    log.setLevel('debug');
    log.debug('d2');
    expect(readLines(file).map((l) => l.message)).toEqual(['e', 'd2']);
  });

  it('rotates by size, keeping maxFiles old files', () => {
    const dir = tempDir();
    const file = path.join(dir, 'planner.log');
    const log = new JsonLinesLogger({ file, maxBytes: 400, maxFiles: 2 });
    for (let i = 0; i < 12; i++) log.info(`line ${i}`, { fields: { pad: 'x'.repeat(100) } });
    const names = fs.readdirSync(dir).sort();
    expect(names).toEqual(['planner.log', 'planner.log.1', 'planner.log.2']);
    for (const name of names) {
      expect(fs.statSync(path.join(dir, name)).size).toBeLessThanOrEqual(400);
    }
    // the newest line is in the live file, and no file holds a partial line
    const live = readLines(file);
    expect(live.at(-1)?.message).toBe('line 11');
    const all = [...readLines(`${file}.2`), ...readLines(`${file}.1`), ...live].map((l) => l.message);
    // lines are contiguous and in order across the rotated files; older ones were deleted
    const first = Number(all[0]?.split(' ')[1]);
    expect(all).toEqual(Array.from({ length: 12 - first }, (_, k) => `line ${first + k}`));
  });

  it('parses level names and rejects unknown ones', () => {
    expect(parseLogLevel(' WARN ')).toBe('warn');
    expect(() => parseLogLevel('verbose')).toThrow('Unknown log level "verbose"; use one of debug, info, warn, error.');
  });
});
