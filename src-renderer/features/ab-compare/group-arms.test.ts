import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../../src-shared/api/schemas/runs';
import { groupArms } from './group-arms';

const run = (runId: string, groupId: string | null, label: string, status: RunSummary['status'] = 'ok', kind: RunSummary['kind'] = 'ab_arm'): RunSummary => ({
  id: 1,
  runId,
  kind,
  groupId,
  label,
  bucket: null,
  configId: null,
  configHash: 'h',
  engineVersion: '1',
  pluginSet: [],
  portfolioId: 1,
  portfolioHash: 'p',
  seed: 5,
  status,
  startedAt: '2026-01-01T00:00:00Z',
  durationMs: 1,
  summary: {},
});

describe('groupArms', () => {
  it('pairs arms by group in list order and drops incomplete or failed pairs', () => {
    const pairs = groupArms([
      run('g2-b', 'g2', 'B: editor text'),
      run('g2-a', 'g2', 'A: default v1'),
      run('g1-a', 'g1', 'A: default v1'),
      run('g1-b', 'g1', 'B: preset aggressive'),
      run('g3-a', 'g3', 'A: x'),
      run('g4-a', 'g4', 'A: x'),
      run('g4-b', 'g4', 'B: y', 'failed'),
      run('p1', null, 'plan', 'ok', 'plan'),
    ]);
    expect(pairs.map((p) => [p.a.runId, p.b.runId])).toEqual([
      ['g2-a', 'g2-b'],
      ['g1-a', 'g1-b'],
    ]);
  });
});
