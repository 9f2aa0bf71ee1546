import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src-shared/api/schemas/buckets';
import { lanesForConfig, segmentShares } from './lanes';

let nextId = 1;
const row = (bucket: string, configName: string, version: number, assignedAt: string): Assignment => ({
  id: nextId++,
  bucket,
  configId: version * 10,
  configName,
  version,
  title: `${configName} v${version}`,
  assignedAt,
  assignedBy: 'me',
  reason: 'assign',
});

describe('lanesForConfig', () => {
  const rows = [
    row('prod', 'balanced', 2, '2026-01-03T00:00:00Z'),
    row('prod', 'balanced', 1, '2026-01-01T00:00:00Z'),
    row('prod', 'aggressive', 1, '2026-01-05T00:00:00Z'),
    row('test', 'aggressive', 1, '2026-01-02T00:00:00Z'),
    row('alpha', 'balanced', 1, '2026-01-04T00:00:00Z'),
  ];

  it('keeps buckets that ever used the config, sorted by name, each lane oldest first', () => {
    const lanes = lanesForConfig(rows, 'balanced');
    expect(lanes.map((l) => l.bucket)).toEqual(['alpha', 'prod']);
    expect(lanes[1]?.assignments.map((a) => `${a.configName}@${a.version}`)).toEqual(['balanced@1', 'balanced@2', 'aggressive@1']);
  });

  it('returns no lane for a config no bucket used', () => {
    expect(lanesForConfig(rows, 'unused')).toEqual([]);
  });
});

describe('segmentShares', () => {
  const at = (iso: string) => row('b', 'c', 1, iso);
  const day = 86_400_000;

  it('splits the lane by how long each version was active, the last until now', () => {
    const lane = [at('2026-01-01T00:00:00Z'), at('2026-01-04T00:00:00Z')];
    const now = Date.parse('2026-01-05T00:00:00Z');
    const shares = segmentShares(lane, now, 0);
    expect(shares[0]).toBeCloseTo(3 / 4);
    expect(shares[1]).toBeCloseTo(1 / 4);
  });

  it('keeps a brief assignment visible with the floor, and the shares sum to 1', () => {
    const lane = [at('2026-01-01T00:00:00Z'), at('2026-01-11T00:00:00Z'), at('2026-01-11T00:00:01Z')];
    const shares = segmentShares(lane, Date.parse('2026-01-11T00:00:01Z') + 0 * day, 0.1);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(shares[2]).toBeGreaterThan(0.05);
    expect(shares[0]).toBeGreaterThan(shares[1]!);
  });

  it('shares equally when no time passed at all', () => {
    const lane = [at('2026-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z')];
    expect(segmentShares(lane, Date.parse('2026-01-01T00:00:00Z'))).toEqual([0.5, 0.5]);
  });
});
