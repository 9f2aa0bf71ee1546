import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createMainLog } from './main-log';

describe('createMainLog', () => {
  it('appends one timestamped line per problem to logs/main.log, creating the folder', () => {
    const logDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studio-log-')), 'logs');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const log = createMainLog(logDir);
    log('API call configs.get failed', new Error('boom'));
    log('plain message');
    stderr.mockRestore();
    const lines = fs.readFileSync(path.join(logDir, 'main.log'), 'utf8').split('\n');
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z API call configs\.get failed Error: boom$/);
    expect(lines.some((l) => /^\s+at /.test(l))).toBe(true);
    expect(lines.filter((l) => l.endsWith(' plain message'))).toHaveLength(1);
  });
});
