import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { portfolioSnapshotSchema } from '../../src-shared/api/schemas/portfolio';
import { assetPath } from '../platform/paths';

describe('sample portfolio asset', () => {
  const raw = JSON.parse(fs.readFileSync(assetPath('sample-portfolio.json'), 'utf8')) as Record<string, unknown>;

  it('is a valid snapshot of realistic size: 40 securities, 25 positions, several countries and industries, metrics for each', () => {
    const p = portfolioSnapshotSchema.parse(raw);
    expect(p.securities).toHaveLength(40);
    expect(p.positions).toHaveLength(25);
    expect(new Set(p.securities.map((s) => s.country)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(p.securities.flatMap((s) => (s.industry ?? '').split(', '))).size).toBeGreaterThanOrEqual(8);
    for (const s of p.securities) expect(Object.keys(s.metrics).length).toBeGreaterThanOrEqual(8);
    expect(Object.values(p.countryTargets).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('the schema names the entry at fault', () => {
    const broken = {
      ...raw,
      positions: [...(raw.positions as object[]), { symbol: 'NOPE', quantity: 1, avgPrice: 1, firstBoughtAt: null }],
      securities: [...(raw.securities as object[]), (raw.securities as object[])[0]],
    };
    const result = portfolioSnapshotSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual(['securities.40.symbol: duplicate security AAPL', 'positions.25.symbol: position in NOPE, which is not among the securities']);
  });
});
