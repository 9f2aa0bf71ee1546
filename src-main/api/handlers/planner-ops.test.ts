import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../../src-shared/api/events';
import type { ResponseOf } from '../../../src-shared/api/contract';
import type { LogLine } from '../../planner/ops/json-lines-logger';
import { buildPortfolioModel } from '../../planner/model/portfolio-model';
import { plannerLogFile } from '../../planner/ops/open-planner-ops';
import { setTomlNumber } from '../../planner/ops/set-toml-value';
import { samplePortfolio } from '../../planner/testing/fixtures';
import { assetPath } from '../../platform/paths';
import { dispatch } from '../dispatch';
import { openStudio, type Studio } from '../studio';

let studio: Studio;
let dir: string;
const events: StudioEvent[] = [];

async function call<T>(method: string, request: unknown): Promise<T> {
  const result = await dispatch(studio.handlers, method, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-planner-ops-'));
  studio = await openStudio({ host: 'web', dataDir: dir });
  studio.events.subscribe((e) => events.push(e));
});
afterAll(async () => {
  await studio.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('planner ops API through openStudio (seeded store, real workers)', () => {
  it('plans the core bucket, records the run, pushes planner events and progress, and reports performance', async () => {
    const result = await call<ResponseOf<'planner.plan'>>('planner.plan', { bucket: 'core', seed: 11, runId: 'api-run-1' });
    expect(result.runId).toBe('api-run-1');
    expect(result.seed).toBe(11);
    expect(result.plan.steps.length).toBeGreaterThan(0);
    const planner = events.filter((e): e is Extract<StudioEvent, { channel: 'planner' }> => e.channel === 'planner');
    expect(planner.at(-1)?.event).toMatchObject({ type: 'planning_completed', runId: 'api-run-1', bucket: 'core' });
    expect(events.some((e) => e.channel === 'progress' && e.event.runId === 'api-run-1')).toBe(true);

    const run = await call<ResponseOf<'runs.get'>>('runs.get', { runId: 'api-run-1' });
    expect(run).toMatchObject({ kind: 'plan', status: 'ok', bucket: 'core', seed: 11, pluginSet: ['momentum.mjs'] });

    const perf = await call<ResponseOf<'planner.performance'>>('planner.performance', {});
    expect(perf.report.runId).toBe('api-run-1');
    expect(perf.report.sequencesGenerated).toBe(result.sequencesGenerated);
    expect(perf.text.split('\n')[0]).toBe('Performance Report (Bucket: core, Run: api-run-1):');

    const log = fs.readFileSync(plannerLogFile(dir), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LogLine);
    expect(log.at(-1)).toMatchObject({ level: 'info', message: 'planning completed', runId: 'api-run-1', bucket: 'core' });
  });

  it('plans any strategy text it can import (a 2 MB file), and refuses one over 5 MB naming the limit', async () => {
    const base = (await call<ResponseOf<'versions.resolve'>>('versions.resolve', { ref: 'default' })).configToml;
    const big = `${base}\n${'# padding for a large file\n'.repeat(80_000)}`;
    expect(big.length).toBeGreaterThan(2_000_000);
    const saved = await call<ResponseOf<'versions.create'>>('versions.create', { name: 'large', title: 'Large', toml: big });
    const planned = await call<ResponseOf<'planner.plan'>>('planner.plan', { toml: big, seed: 3 });
    expect(planned.plan.steps.length).toBeGreaterThan(0);
    expect((await call<ResponseOf<'planner.dryRun'>>('planner.dryRun', { toml: big })).valid).toBe(true);
    expect((await call<ResponseOf<'planner.plan'>>('planner.plan', { configId: saved.id, seed: 3 })).plan).toEqual(planned.plan);
    const tooBig = await dispatch(studio.handlers, 'planner.validate', { toml: 'x'.repeat(5 * 1024 * 1024 + 1) });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'bad_request', message: 'Invalid field "toml" of planner.validate: a strategy text is limited to 5 MB (less 16 KB for its export header)' } });
  });

  it('plans a bucket on its own portfolio unless the call names one', async () => {
    const sample = JSON.parse(fs.readFileSync(assetPath('sample-portfolio.json'), 'utf8')) as { cashEur: number };
    const rich = await call<ResponseOf<'portfolios.import'>>('portfolios.import', { text: JSON.stringify({ ...sample, cashEur: sample.cashEur * 3 }), name: 'Rich core' });
    await call('buckets.setPortfolio', { bucket: 'core', portfolioId: rich.id });
    const own = await call<ResponseOf<'planner.plan'>>('planner.plan', { bucket: 'core', seed: 5, runId: 'bucket-own-portfolio' });
    expect((await call<ResponseOf<'runs.get'>>('runs.get', { runId: own.runId })).portfolioId).toBe(rich.id);
    const first = (await call<ResponseOf<'portfolios.list'>>('portfolios.list', {}))[0]!;
    const named = await call<ResponseOf<'planner.plan'>>('planner.plan', { bucket: 'core', portfolioId: first.id, seed: 5, runId: 'bucket-named-portfolio' });
    expect((await call<ResponseOf<'runs.get'>>('runs.get', { runId: named.runId })).portfolioId).toBe(first.id);
    await call('buckets.setPortfolio', { bucket: 'core', portfolioId: null });
  });

  it('emits configuration_changed when the planned bucket is pointed at another version', async () => {
    const current = await call<ResponseOf<'configs.get'>>('configs.get', {
      id: (await call<ResponseOf<'configs.list'>>('configs.list', {})).find((c) => c.name === 'default')!.id,
    });
    const created = await call<{ id: number }>('versions.create', {
      name: 'default',
      title: 'Deeper',
      note: 'depth 4',
      toml: current.configToml.replace('max_depth = 5 ', 'max_depth = 4 '),
    });
    const before = events.length;
    await call('buckets.assign', { bucket: 'core', configId: created.id });
    const changed = events.slice(before).filter((e) => e.channel === 'planner' && e.event.type === 'configuration_changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]?.channel === 'planner' && changed[0].event).toMatchObject({ bucket: 'core', runId: '' });
  });

  it('plans other text in a bucket\'s context without claiming the bucket\'s configuration changed', async () => {
    await call('planner.plan', { bucket: 'core', seed: 3, runId: 'trial-warm' });
    const current = await call<ResponseOf<'buckets.current'>>('buckets.current', { bucket: 'core' });
    const before = events.length;
    // what the save review does: the saved version and the edited text, both in the bucket's context
    await call('planner.plan', { bucket: 'core', seed: 3, configId: (await call<ResponseOf<'configs.list'>>('configs.list', {})).find((c) => c.name === 'conservative')!.id, runId: 'trial-version' });
    await call('planner.plan', { bucket: 'core', seed: 3, toml: current.configToml.replace('max_depth = 4 ', 'max_depth = 3 '), runId: 'trial-text' });
    await call('planner.plan', { bucket: 'core', seed: 3, runId: 'trial-again' });
    const changed = events.slice(before).filter((e) => e.channel === 'planner' && e.event.type === 'configuration_changed');
    expect(changed).toEqual([]);
    expect((await call<ResponseOf<'runs.get'>>('runs.get', { runId: 'trial-text' })).bucket).toBe('core');
    expect((await call<ResponseOf<'planner.performance'>>('planner.performance', { runId: 'trial-again' })).report.instanceCache.hitRate).toBe(1);
  });

  it('refuses a run id already recorded before planning, instead of failing on the record after', async () => {
    await call('planner.plan', { bucket: 'core', seed: 2, runId: 'once' });
    const events0 = events.length;
    const again = await dispatch(studio.handlers, 'planner.plan', { bucket: 'core', seed: 2, runId: 'once' });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'conflict', field: 'runId', message: 'A run with id "once" is already recorded; use a new id.' });
    expect(events.slice(events0).some((e) => e.channel === 'planner')).toBe(false);
    const sweep = await dispatch(studio.handlers, 'planner.sweep', { configId: 1, runId: 'once', axes: [{ path: ['planner', 'max_depth'], values: [2] }] });
    expect(sweep.ok ? null : sweep.error).toMatchObject({ code: 'conflict', field: 'runId' });
    const cmp = await dispatch(studio.handlers, 'planner.compare', { a: { configId: 1 }, b: { configId: 1 }, runId: 'once' });
    expect(cmp.ok ? null : cmp.error).toMatchObject({ code: 'conflict', field: 'runId' });
  });

  it('compares two presets on the same portfolio and seed and records both arms', async () => {
    const presets = await call<ResponseOf<'presets.list'>>('presets.list', {});
    const id = (name: string) => presets.find((p) => p.name === name)!.id;
    const cmp = await call<ResponseOf<'planner.compare'>>('planner.compare', {
      a: { presetId: id('conservative') },
      b: { presetId: id('aggressive') },
      seed: 5,
      runId: 'cmp-1',
    });
    expect(cmp.a.label).toBe('preset conservative');
    expect(cmp.a.result.seed).toBe(5);
    expect(cmp.b.result.seed).toBe(5);
    expect(cmp.a.result.portfolioHash).toBe(cmp.b.result.portfolioHash);
    const diff = cmp.a.result.plan.endStateScore - cmp.b.result.plan.endStateScore;
    expect(cmp.margin).toBeCloseTo(Math.abs(diff), 12);
    expect(cmp.winner).toBe(Math.abs(diff) < 1e-4 ? 'tie' : diff > 0 ? 'A' : 'B');
    expect(cmp.timings.some((t) => t.msA !== null && t.msB !== null)).toBe(true);
    const bad = await dispatch(studio.handlers, 'planner.compare', { a: { presetId: id('default') }, b: { toml: '[planner]\nmax_depth = 0\n' } });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'invalid_config', field: 'b' });
    expect(bad.ok ? '' : bad.error.message).toMatch(/^B \(editor text\): The strategy has 1 error: /);
    const arms = await call<ResponseOf<'runs.list'>>('runs.list', { groupId: 'cmp-1' });
    expect(arms.map((r) => [r.kind, r.runId]).sort()).toEqual([
      ['ab_arm', 'cmp-1-a'],
      ['ab_arm', 'cmp-1-b'],
    ]);
  });

  it('sweeps a parameter grid with progress, and rejects parameters that cannot be swept', async () => {
    const before = events.length;
    const config = (await call<ResponseOf<'configs.list'>>('configs.list', {})).find((c) => c.name === 'default')!;
    const sweep = await call<ResponseOf<'planner.sweep'>>('planner.sweep', {
      configId: config.id,
      seed: 3,
      runId: 'sweep-1',
      axes: [{ path: ['planner', 'max_depth'], from: 1, to: 3, steps: 3 }],
    });
    expect(sweep.cancelled).toBe(false);
    expect(sweep.axes).toEqual([{ path: ['planner', 'max_depth'], values: [1, 2, 3] }]);
    expect(sweep.points.map((p) => [p.values, p.status])).toEqual([
      [[1], 'ok'],
      [[2], 'ok'],
      [[3], 'ok'],
    ]);
    // a grid point is exactly the plan of the config with that value, same portfolio and seed
    const stored = await call<ResponseOf<'configs.get'>>('configs.get', { id: config.id });
    const direct = await call<ResponseOf<'planner.plan'>>('planner.plan', { toml: setTomlNumber(stored.configToml, ['planner', 'max_depth'], 2), seed: 3 });
    const total = buildPortfolioModel(samplePortfolio()).totalValueEur;
    expect(sweep.points[1]).toMatchObject({
      endStateScore: direct.plan.endStateScore,
      trades: direct.plan.steps.length,
      turnover: (direct.plan.cashRequiredEur + direct.plan.cashGeneratedEur) / total,
    });
    const progress = events.slice(before).filter((e) => e.channel === 'progress' && e.event.runId === 'sweep-1');
    expect(progress.map((e) => (e.channel === 'progress' ? e.event.done : -1))).toEqual([0, 1, 2, 3]);
    const invalid = await dispatch(studio.handlers, 'planner.sweep', { toml: '[planner]\nmax_depth = 0\n', axes: [{ path: ['planner', 'beam_width'], values: [1, 2] }] });
    expect(invalid.ok ? null : invalid.error.code).toBe('invalid_config');
    const bad = await dispatch(studio.handlers, 'planner.sweep', { toml: '[planner]\n', axes: [{ path: ['planner', 'allow_buy'], values: [1] }] });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'bad_request', field: 'axes.0', message: 'planner.allow_buy: a boolean parameter cannot be swept; choose a number.' });
  });

  it('cancels a running sweep and returns the points finished before', async () => {
    const toml = fs.readFileSync(path.resolve(import.meta.dirname, '../../../assets/presets/default.toml'), 'utf8');
    const running = call<ResponseOf<'planner.sweep'>>('planner.sweep', {
      toml,
      seed: 1,
      runId: 'sweep-2',
      axes: [{ path: ['planner', 'beam_width'], from: 1, to: 50, steps: 50 }],
    });
    await new Promise<void>((resolve) => {
      const off = studio.events.subscribe((e) => {
        if (e.channel === 'progress' && e.event.runId === 'sweep-2' && e.event.done === 1) {
          off();
          resolve();
        }
      });
    });
    expect(await call('planner.cancel', { runId: 'sweep-2' })).toEqual({ cancelled: true });
    const result = await running;
    expect(result.cancelled).toBe(true);
    expect(result.points.length).toBeGreaterThanOrEqual(1);
    expect(result.points.length).toBeLessThan(50);
    expect(await call('planner.cancel', { runId: 'sweep-2' })).toEqual({ cancelled: false });
  });

  it('answers dry-run, health, plugins and docs', async () => {
    const dry = await call<ResponseOf<'planner.dryRun'>>('planner.dryRun', { toml: '[planner]\nmax_depth = 2\n' });
    expect(dry.valid).toBe(true);
    expect(dry.modules.find((m) => m.name === 'momentum')).toMatchObject({ kind: 'calculator', source: 'plugin momentum.mjs' });
    expect(await call<ResponseOf<'runs.list'>>('runs.list', { kind: 'dry_run' })).toEqual([]);
    await call('planner.dryRun', { toml: '[planner]\nmax_depth = 2\n', record: true });
    const recorded = await call<ResponseOf<'runs.list'>>('runs.list', { kind: 'dry_run' });
    expect(recorded.map((r) => [r.kind, r.status, r.summary.valid, r.summary.totalMaxEvaluated])).toEqual([['dry_run', 'ok', true, dry.totalMaxEvaluated]]);
    const health = await call<ResponseOf<'planner.health'>>('planner.health', { bucket: 'core' });
    expect(health.checks.find((c) => c.name === 'store')?.status).toBe('healthy');
    expect(health.checks.find((c) => c.name === 'config')?.message).toMatch(/^bucket core \(default v2\) is valid\.$/);
    const plugins = await call<ResponseOf<'planner.plugins'>>('planner.plugins', {});
    expect(plugins.map((p) => [path.basename(p.file), p.origin, p.status])).toEqual([['momentum.mjs', 'bundled', 'loaded']]);
    const docs = await call<ResponseOf<'planner.docs'>>('planner.docs', {});
    expect(docs.markdown).toContain('### `momentum`');
    expect(fs.existsSync(path.join(dir, 'plugins'))).toBe(true);
  });
});
