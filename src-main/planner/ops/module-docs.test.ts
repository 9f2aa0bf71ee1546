import { describe, expect, it } from 'vitest';
import type { ModuleCatalog } from '../../../src-shared/domain/modules';
import { renderModuleDocs } from './module-docs';

const catalog: ModuleCatalog = {
  engineVersion: '9.9.9',
  planner: { max_depth: { type: 'integer', default: 5, min: 1, max: 10, unit: 'actions', description: 'Longest plan.' } },
  modules: [
    {
      meta: {
        name: 'momentum',
        kind: 'calculator',
        version: '0.2.0',
        author: 'Example',
        description: 'Buys rising securities.',
        tags: ['buy', 'momentum'],
        dependencies: [{ kind: 'pattern', anyOf: ['direct_buy'], reason: 'its buys need a pattern' }],
        source: { type: 'plugin', plugin: 'momentum.mjs' },
      },
      params: {
        risk: { type: 'string', default: 'low', enum: ['low', 'high'], description: 'Risk | appetite.' },
        fills: { type: 'number[]', default: [0.5, 1], min: 0, max: 1, description: 'Fill fractions.' },
      },
    },
    {
      meta: {
        name: 'diversity',
        kind: 'filter',
        version: '1.0.0',
        author: 'Planner Studio',
        description: 'Keeps diverse sequences.',
        tags: [],
        dependencies: [],
        source: { type: 'builtin' },
      },
      params: {},
    },
  ],
};

describe('renderModuleDocs', () => {
  const md = renderModuleDocs(catalog);
  const lines = md.split('\n');

  it('documents the [planner] keys with default, range and unit', () => {
    expect(lines).toContain('| `max_depth` | integer | `5` | 1 … 10 | actions | Longest plan. |');
  });

  it('documents each module under its kind with metadata, dependencies and parameters', () => {
    expect(lines).toContain('## Opportunity calculators (`[opportunity_calculators]`)');
    expect(lines).toContain('### `momentum`');
    expect(lines).toContain('Version 0.2.0 · author Example · plugin `momentum.mjs` · tags: buy, momentum');
    expect(lines).toContain('- pattern (any of `direct_buy`): its buys need a pattern');
    expect(lines).toContain('| `risk` | string | `"low"` | `low`, `high` |  | Risk \\| appetite. |');
    expect(lines).toContain('| `fills` | number[] | `[0.5, 1]` | 0 … 1 |  | Fill fractions. |');
    expect(lines).toContain('## Pattern generators (`[pattern_generators]`)');
    expect(md).toContain('## Pattern generators (`[pattern_generators]`)\n\nNone registered.');
    expect(lines).toContain('Version 1.0.0 · author Planner Studio · built in');
    expect(md.indexOf('### `momentum`')).toBeLessThan(md.indexOf('### `diversity`'));
    expect(md.endsWith('No parameters.\n')).toBe(true);
  });
});
