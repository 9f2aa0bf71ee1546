import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanRunResult } from '../../src-shared/api/schemas/plan';
import type { CompareResult, DryRunReport } from '../../src-shared/api/schemas/planner-ops';
import { runCli } from './run-cli';

let data: string;
beforeAll(() => {
  data = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-planner-'));
});
afterAll(() => fs.rmSync(data, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli([...argv, '--data-dir', data], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('planner CLI commands', () => {
  it('dry-runs a stored config (exit 0) and an invalid file (exit 2, file:line:col on stderr)', async () => {
    const ok = await cli('dry-run', 'default', '--json');
    expect(ok.code).toBe(0);
    const report = JSON.parse(ok.out) as DryRunReport;
    expect(report.valid).toBe(true);
    expect(report.modules.some((m) => m.name === 'momentum')).toBe(true);

    const file = path.join(data, 'bad.toml');
    fs.writeFileSync(file, '[planner]\nmax_depth = 12\n');
    const bad = await cli('dry-run', file);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain(`Dry run of ${file}: INVALID`);
    expect(bad.err).toContain(`${file}:2:13: error: planner.max_depth: 12 is above the maximum 10`);
    expect(bad.err).not.toContain('planner.max_depth: planner.max_depth'); // the path is named once
    expect(bad.err).not.toMatch(/\n\s+at /); // no stack
  });

  it('plans a file on the stored sample portfolio with a seed, as JSON and as text', async () => {
    const file = path.join(data, 'deep.toml');
    fs.writeFileSync(file, fs.readFileSync(path.resolve(import.meta.dirname, '../../assets/presets/default.toml'), 'utf8'));
    const run = await cli('plan', file, '--portfolio', '1', '--seed', '9', '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as PlanRunResult;
    expect(result.seed).toBe(9);
    expect(result.plan.steps.length).toBeGreaterThan(0);
    const text = await cli('plan', file, '--seed', '9');
    expect(text.out.split('\n')[1]).toBe(
      `End-state score ${result.plan.endStateScore.toFixed(4)} (current ${result.plan.currentScore.toFixed(4)}, ${result.plan.improvement >= 0 ? '+' : ''}${result.plan.improvement.toFixed(4)}); cash required €${result.plan.cashRequiredEur.toFixed(2)}, generated €${result.plan.cashGeneratedEur.toFixed(2)}, available €${result.plan.availableCashEur.toFixed(2)}`,
    );
    expect((await cli('plan', file, '--portfolio', 'nope')).code).toBe(2);
    expect((await cli('plan', file, '--seed', '-1')).code).toBe(2);
  });

  it('compares two presets with the same seed', async () => {
    const ab = await cli('ab', 'preset:conservative', 'preset:aggressive', '--seed', '2', '--json');
    expect(ab.code).toBe(0);
    const result = JSON.parse(ab.out) as CompareResult;
    expect([result.a.label, result.b.label]).toEqual(['preset conservative', 'preset aggressive']);
    expect(result.a.result.seed).toBe(2);
    expect(result.b.result.seed).toBe(2);
  });

  it('writes the JSON Schema and the module docs with the plugin modules', async () => {
    const schemaFile = path.join(data, 'schema.json');
    expect((await cli('schema', '-o', schemaFile)).code).toBe(0);
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as { $schema: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(fs.readFileSync(schemaFile, 'utf8')).toContain('"momentum"');
    const docs = await cli('docs', '--bundled-plugins-only');
    expect(docs.code).toBe(0);
    expect(docs.out.startsWith('# Planner module reference\n')).toBe(true);
    expect(docs.out).toContain('### `momentum`');
  });
});
