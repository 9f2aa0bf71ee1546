import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../builtins';
import { CircuitBreaker } from './circuit-breaker';
import { checkHealth } from './health';

const catalog = createBuiltinRegistry().catalog();
const defaultToml = fs.readFileSync(path.resolve(import.meta.dirname, '../../../assets/presets/default.toml'), 'utf8');
const now = () => new Date('2026-03-04T05:06:07.000Z');

describe('checkHealth', () => {
  it('is healthy when modules load, the config is valid, nothing fails and the store answers', async () => {
    const report = await checkHealth({
      catalog,
      plugins: [],
      breaker: new CircuitBreaker(),
      config: { label: 'bucket core', toml: defaultToml },
      pingStore: () => {},
      now,
    });
    expect(report.status).toBe('healthy');
    expect(report.reasons).toEqual([]);
    expect(report.checks.map((c) => c.name)).toEqual(['modules', 'config', 'dependencies', 'circuit breakers', 'plugins', 'store']);
    expect(report.checkedAt).toBe('2026-03-04T05:06:07.000Z');
  });

  it('is degraded by failing modules, open breakers and plugins that did not load', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 1000, now: () => 0 });
    breaker.failure('always_fails');
    breaker.failure('flaky');
    breaker.failure('flaky');
    const report = await checkHealth({
      catalog,
      plugins: [{ file: 'loop.mjs', origin: 'user', status: 'timeout', modules: [], message: 'too slow', loadMs: 1 }],
      breaker,
      now,
    });
    expect(report.status).toBe('degraded');
    expect(report.reasons).toEqual([
      'circuit breakers: flaky is skipped until 1970-01-01T00:00:01.000Z after 2 failures; always_fails failed 1 time in a row.',
      'plugins: loop.mjs timed out: too slow',
    ]);
    expect(report.breakers.map((b) => [b.module, b.state])).toEqual([
      ['always_fails', 'closed'],
      ['flaky', 'open'],
    ]);
  });

  it('is unhealthy when the config has errors or the store is unreachable', async () => {
    const report = await checkHealth({
      catalog,
      plugins: [],
      breaker: new CircuitBreaker(),
      config: { label: 'editor text', toml: '[planner]\nmax_depth = 0\n' },
      pingStore: () => {
        throw new Error('database is locked');
      },
      now,
    });
    expect(report.status).toBe('unhealthy');
    expect(report.reasons.some((r) => r.startsWith('config: editor text has 1 error: '))).toBe(true);
    expect(report.reasons).toContain('store: The config store cannot be reached: database is locked');
  });

  it('is degraded when the store had to be restored from its backup at open', async () => {
    const report = await checkHealth({
      catalog,
      plugins: [],
      breaker: new CircuitBreaker(),
      pingStore: () => {},
      storeRecovery: { usedBackup: true, messages: ['studio.sqlite was damaged; the backup was used.'] },
      now,
    });
    expect(report.status).toBe('degraded');
    expect(report.reasons).toEqual(['store: The config store is reachable; at open it was restored from its backup: studio.sqlite was damaged; the backup was used.']);
  });

  it('is degraded when the store could not write its last snapshot (saves wait in the journal)', async () => {
    const report = await checkHealth({
      catalog,
      plugins: [],
      breaker: new CircuitBreaker(),
      pingStore: () => {},
      storeCompactionError: 'ENOSPC: no space left on device, write',
      now,
    });
    expect(report.status).toBe('degraded');
    expect(report.reasons).toEqual([
      'store: The config store is reachable, but it could not write a new snapshot (ENOSPC: no space left on device, write); saves are kept in its journal until it can.',
    ]);
  });

  it('is unhealthy when the modules cannot be loaded', async () => {
    const report = await checkHealth({ catalog: new Error('registry crashed'), plugins: [], breaker: new CircuitBreaker(), now });
    expect(report.status).toBe('unhealthy');
    expect(report.reasons[0]).toBe("modules: The planner's modules could not be loaded: registry crashed");
  });
});
