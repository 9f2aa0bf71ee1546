import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
  dirs.push(dir);
  return dir;
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('planner-studio CLI', () => {
  it('lists, exports, imports, clones, assigns and rolls back on a data folder', async () => {
    const data = tempDir();
    const list = await cli('list', '--json', '--data-dir', data);
    expect(list.code).toBe(0);
    const configs = JSON.parse(list.out) as { name: string; buckets: string[] }[];
    expect(configs.find((c) => c.name === 'default')?.buckets).toEqual(['core']);

    const file = path.join(data, 'out.toml');
    expect((await cli('export', 'default@1', '-o', file, '--data-dir', data)).code).toBe(0);
    const stdoutExport = await cli('export', 'default', '--data-dir', data);
    expect(stdoutExport.out).toBe(fs.readFileSync(file, 'utf8'));

    const imported = await cli('import', file, '--title', 'Re-imported', '--json', '--data-dir', data);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ name: 'default', version: 2, title: 'Re-imported' });

    const history = await cli('history', 'default', '--json', '--data-dir', data);
    expect((JSON.parse(history.out) as { version: number }[]).map((v) => v.version)).toEqual([2, 1]);

    expect((await cli('assign', 'core', 'default@2', '--data-dir', data)).out).toBe('Bucket core now uses default@2.\n');
    expect((await cli('rollback', 'core', 'default', '1', '--data-dir', data)).out).toBe('Bucket core rolled back to default@1.\n');
    const cloned = await cli('clone', 'default@2', 'mine', 'My strategy', '--json', '--data-dir', data);
    expect(JSON.parse(cloned.out)).toMatchObject({ name: 'mine', version: 1, title: 'My strategy', configToml: expect.any(String) });
  });

  it('checks a clone\'s title as the app does: trimmed, required, at most 200 characters', async () => {
    const data = tempDir();
    const blank = await cli('clone', 'default', 'blank', '   ', '--data-dir', data);
    expect(blank.code).toBe(2);
    expect(blank.err).toBe('"   " cannot be a config title: a title is required.\n');
    const padded = await cli('clone', 'default', 'padded', '  Padded  ', '--json', '--data-dir', data);
    expect(JSON.parse(padded.out)).toMatchObject({ name: 'padded', title: 'Padded' });
  });

  it('exits 2 naming the file, line and column for an invalid file, and stores nothing', async () => {
    const data = tempDir();
    const bad = path.join(data, 'bad.toml');
    fs.writeFileSync(bad, '[planner]\nmax_depth = = 3\n');
    const result = await cli('import', bad, '--data-dir', data);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${bad}:2:13: error:`);
    expect(result.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(JSON.parse((await cli('list', '--json', '--data-dir', data)).out)).toHaveLength(3);
  });

  it('imports a strategy that uses a plugin module (the bundled momentum calculator)', async () => {
    const data = tempDir();
    const file = path.join(data, 'momentum.toml');
    fs.writeFileSync(file, '[planner]\n\n[opportunity_calculators.momentum.params]\nmin_acceleration = 0.05\n');
    const result = await cli('import', file, '--data-dir', data);
    expect(result.err).not.toMatch(/error/);
    expect(result.code).toBe(0);
    expect(result.out).toBe('Imported momentum.toml as momentum@1 (id 4).\n');
  });

  it.each([
    [['frob'], /Unknown command "frob"/],
    [['list', '--bogus'], /Unknown option "--bogus"/],
    [['history'], /Expected 1 argument/],
    [['rollback', 'core', 'default', 'one'], /version must be a positive whole number/],
    [['history', 'nope'], /No config named "nope"/],
    [['import', '/no/such/file.toml'], /cannot read the file \(no such file\)/],
  ])('exits 2 on invalid input %j', async (argv, message) => {
    const result = await cli(...argv, '--data-dir', tempDir());
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('exits 1 when the data folder cannot be used', async () => {
    const data = tempDir();
    fs.writeFileSync(path.join(data, 'studio.lock'), String(process.ppid));
    const result = await cli('list', '--data-dir', data);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/in use by another Planner Studio process/);
  });

  it('runs as the planner-studio bin from any folder', () => {
    const data = tempDir();
    const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'planner-studio.mjs');
    const ok = spawnSync(process.execPath, [bin, 'list', '--data-dir', data], { cwd: os.tmpdir(), encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^NAME\s+VERSION/);
    const bad = spawnSync(process.execPath, [bin, 'history', 'ghost', '--data-dir', data], { cwd: os.tmpdir(), encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('No config named "ghost".\n');
  });
});
