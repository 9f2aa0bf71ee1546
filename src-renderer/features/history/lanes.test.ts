import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src-shared/api/schemas/buckets';
import { lanesForConfig } from './lanes';

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
