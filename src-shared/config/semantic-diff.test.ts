import { describe, expect, it } from 'vitest';
import type { ModuleCatalog, ModuleDescriptor } from '../domain/modules';
import { semanticDiff } from './semantic-diff';

function module(kind: ModuleDescriptor['meta']['kind'], name: string, params: ModuleDescriptor['params']): ModuleDescriptor {
  return {
    meta: { name, kind, version: '1.0.0', author: 't', description: '', tags: [], dependencies: [], source: { type: 'builtin' } },
    params,
  };
}
const catalog: ModuleCatalog = {
  engineVersion: 'test',
  planner: {
    max_depth: { type: 'integer', default: 5, min: 1, max: 10, description: '' },
    allow_sell: { type: 'boolean', default: true, description: '' },
  },
  modules: [
    module('calculator', 'profit_taking', {
      windfall_threshold: { type: 'number', default: 0.3, description: '' },
      priority_weight: { type: 'number', default: 1.2, description: '' },
    }),
    module('calculator', 'averaging_down', { dip_threshold: { type: 'number', default: -0.2, description: '' } }),
    module('filter', 'diversity', { max_sequences: { type: 'integer', default: 50, description: '' } }),
  ],
};

const base = `# base
[planner]
max_depth = 5
allow_sell = true

[opportunity_calculators.profit_taking]
enabled = true
[opportunity_calculators.profit_taking.params]
windfall_threshold = 0.4
priority_weight = 1.2

[filters.diversity]
enabled = false
`;

describe('semanticDiff', () => {
  it('reports nothing for identical text, and cosmeticOnly for comments, spacing and key order', () => {
    expect(semanticDiff(base, base, catalog)).toEqual({ errors: [], textEqual: true, cosmeticOnly: false, planner: [], modules: [], other: [] });
    const reordered = base
      .replace('# base\n', '# other comment\n')
      .replace('max_depth = 5\nallow_sell = true', 'allow_sell   =   true\nmax_depth = 5 # depth')
      .replace('windfall_threshold = 0.4', 'windfall_threshold = 4e-1');
    const diff = semanticDiff(base, reordered, catalog);
    expect(diff).toMatchObject({ textEqual: false, cosmeticOnly: true, planner: [], modules: [], other: [] });
  });

  it('reports parameter changes old → new with the default and "now equals default"', () => {
    const changed = base.replace('windfall_threshold = 0.4', 'windfall_threshold = 0.3').replace('priority_weight = 1.2\n', '');
    const diff = semanticDiff(base, changed, catalog);
    expect(diff.cosmeticOnly).toBe(false);
    expect(diff.modules).toEqual([
      {
        kind: 'calculator',
        name: 'profit_taking',
        known: true,
        enabledBefore: true,
        enabledAfter: true,
        toggled: null,
        params: [
          { key: 'windfall_threshold', change: 'changed', old: 0.4, new: 0.3, default: 0.3, nowDefault: true, known: true },
          { key: 'priority_weight', change: 'removed', old: 1.2, new: null, default: 1.2, nowDefault: true, known: true },
        ],
        otherKeys: [],
      },
    ]);
  });

  it('counts an absent module as enabled, so only explicit enabled = false disables', () => {
    const toggled = base
      .replace('[filters.diversity]\nenabled = false\n', '') // absent → enabled
      .concat('\n[opportunity_calculators.averaging_down]\nenabled = false\n');
    const diff = semanticDiff(base, toggled, catalog);
    expect(diff.modules.map((m) => [m.kind, m.name, m.toggled, m.enabledBefore, m.enabledAfter])).toEqual([
      ['calculator', 'averaging_down', 'disabled', true, false],
      ['filter', 'diversity', 'enabled', false, true],
    ]);
    // Writing `enabled = true` for a module that was absent changes nothing.
    const explicit = base.concat('\n[opportunity_calculators.averaging_down]\nenabled = true\n');
    expect(semanticDiff(base, explicit, catalog)).toMatchObject({ modules: [], cosmeticOnly: true });
  });

  it('reports [planner] keys, unknown modules and keys, and other sections', () => {
    const changed = base
      .replace('max_depth = 5', 'max_depth = 7\nmystery = "x"')
      .concat('\n[pattern_generators.made_up.params]\nk = 1\n\n[extra]\nnote = "hi"\n');
    const diff = semanticDiff(base, changed, catalog);
    expect(diff.planner).toEqual([
      { key: 'max_depth', change: 'changed', old: 5, new: 7, default: 5, nowDefault: false, known: true },
      { key: 'mystery', change: 'added', old: null, new: 'x', default: null, nowDefault: false, known: false },
    ]);
    expect(diff.modules).toEqual([
      {
        kind: 'pattern',
        name: 'made_up',
        known: false,
        enabledBefore: true,
        enabledAfter: true,
        toggled: null,
        params: [{ key: 'k', change: 'added', old: null, new: 1, default: null, nowDefault: false, known: false }],
        otherKeys: [],
      },
    ]);
    expect(diff.other).toEqual([{ key: 'extra.note', change: 'added', old: null, new: 'hi', default: null, nowDefault: false, known: false }]);
  });

  it('lists an unparseable side as an error instead of throwing', () => {
    const diff = semanticDiff(base, '[planner\nmax_depth = 3', catalog);
    expect(diff.errors).toEqual([{ side: 'new', message: expect.stringMatching(/Invalid TOML/), line: 1, column: expect.any(Number) }]);
    expect(diff).toMatchObject({ cosmeticOnly: false, planner: [], modules: [] });
    expect(semanticDiff('x = ', 'y = ', catalog).errors.map((e) => e.side)).toEqual(['old', 'new']);
  });

  it('makes nan, inf and dates JSON-safe', () => {
    const diff = semanticDiff('[planner]\nmax_depth = 1\n', '[planner]\nmax_depth = nan\n[extra]\nwhen = 2026-01-02\n', catalog);
    expect(diff.planner[0]).toMatchObject({ old: 1, new: 'nan' });
    expect(diff.other[0]).toMatchObject({ key: 'extra.when', new: expect.stringMatching(/^2026-01-02/) });
  });
});
