import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStrategy } from '../../src-shared/config/validate';
import { assetPath } from '../platform/paths';
import { createBuiltinRegistry } from './builtins';
import { directBuyPattern } from './patterns/direct-buy';

describe('module registries', () => {
  it('hold the 27 built-in modules: 6 calculators, 13 patterns, 4 generators, 4 filters', () => {
    const r = createBuiltinRegistry();
    expect(r.list('calculator').map((m) => m.meta.name)).toEqual([
      'profit_taking',
      'averaging_down',
      'opportunity_buys',
      'rebalance_sells',
      'rebalance_buys',
      'weight_based',
    ]);
    expect(r.list('pattern')).toHaveLength(13);
    expect(r.list('sequence_generator').map((m) => m.meta.name)).toEqual(['combinatorial', 'enhanced_combinatorial', 'partial_execution', 'constraint_relaxation']);
    expect(r.list('filter').map((m) => m.meta.name)).toEqual(['eligibility', 'recently_traded', 'correlation_aware', 'diversity']);
    expect(r.catalog().modules).toHaveLength(27);
  });

  it('refuse a duplicate name and a module filed under the wrong kind', () => {
    const r = createBuiltinRegistry();
    expect(() => r.register('pattern', directBuyPattern)).toThrow('A pattern named "direct_buy" is already registered.');
    expect(() => r.register('filter', directBuyPattern as never)).toThrow('its metadata says pattern');
  });

  it('give every parameter a default that passes its own spec', () => {
    for (const m of createBuiltinRegistry().catalog().modules) {
      for (const [key, spec] of Object.entries(m.params)) {
        const values = Array.isArray(spec.default) ? spec.default : [spec.default];
        for (const v of values) {
          if (typeof v !== 'number') continue;
          expect(spec.min === undefined || v >= spec.min, `${m.meta.name}.${key}`).toBe(true);
          expect(spec.max === undefined || v <= spec.max, `${m.meta.name}.${key}`).toBe(true);
        }
      }
    }
  });
});

describe('built-in presets', () => {
  const catalog = createBuiltinRegistry().catalog();
  const read = (name: string) => fs.readFileSync(assetPath(`presets/${name}.toml`), 'utf8');

  it('validate without errors and differ where domain.md §5 says', () => {
    const [d, c, a] = ['default', 'conservative', 'aggressive'].map((n) => validateStrategy(read(n), catalog));
    for (const r of [d, c, a]) expect(r?.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect([d, c, a].map((r) => r?.config?.planner.max_depth)).toEqual([5, 2, 7]);
    expect(c?.config?.modules.calculator.find((m) => m.name === 'averaging_down')?.enabled).toBe(false);
    expect(c?.config?.modules.filter.map((m) => m.enabled)).toEqual([true, true, true, true]);
    expect(a?.config?.modules.sequence_generator.map((m) => m.enabled)).toEqual([false, true, true, true]);
    expect(a?.config?.modules.pattern.every((m) => m.enabled)).toBe(true);
    expect(d?.config?.modules.pattern.filter((m) => !m.enabled).map((m) => m.name)).toEqual(['adaptive', 'market_regime']);
    // the aggressive preset carries the source validator's performance warning (depth 7, 13 patterns)
    expect(a?.problems.map((p) => p.code)).toEqual(['performance']);
  });
});
