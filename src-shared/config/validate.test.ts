import { describe, expect, it } from 'vitest';
import type { ModuleCatalog } from '../domain/modules';
import { validateStrategy } from './validate';

// A small hand-written catalog: the validator only knows what the catalog says.
const catalog: ModuleCatalog = {
  engineVersion: 'test',
  planner: {
    max_depth: { type: 'integer', default: 5, min: 1, max: 10, description: 'depth' },
    priority_threshold: { type: 'number', default: 0.3, min: 0, max: 1, description: 'threshold' },
    risk_profile: { type: 'string', default: 'balanced', enum: ['balanced', 'aggressive'], description: 'profile' },
    allow_buy: { type: 'boolean', default: true, description: 'buy' },
    allow_sell: { type: 'boolean', default: true, description: 'sell' },
    transaction_cost_percent: { type: 'number', default: 0.002, min: 0, max: 0.05, description: 'pct' },
  },
  modules: [
    {
      meta: { name: 'profit_taking', kind: 'calculator', version: '1.0.0', author: 't', description: '', tags: [], dependencies: [], source: { type: 'builtin' } },
      params: { priority_weight: { type: 'number', default: 1.2, min: 0, max: 2, description: 'w' } },
    },
    {
      meta: {
        name: 'direct_buy',
        kind: 'pattern',
        version: '1.0.0',
        author: 't',
        description: '',
        tags: [],
        dependencies: [{ kind: 'calculator', anyOf: ['profit_taking'], reason: 'direct_buy needs candidates' }],
        source: { type: 'builtin' },
      },
      params: { max_depth: { type: 'integer', default: 5, min: 1, max: 10, description: 'd' } },
    },
    {
      meta: {
        name: 'combinatorial',
        kind: 'sequence_generator',
        version: '1.0.0',
        author: 't',
        description: '',
        tags: [],
        dependencies: [{ kind: 'pattern', reason: 'combinatorial needs a pattern generator' }],
        source: { type: 'builtin' },
      },
      params: { fills: { type: 'number[]', default: [1], min: 0.01, max: 1, description: 'f' } },
    },
  ],
};

const codes = (text: string) => validateStrategy(text, catalog).problems.map((p) => `${p.severity}:${p.code}:${p.path.join('.')}`);

describe('validateStrategy', () => {
  it('fills defaults and keeps only written module params', () => {
    const { config, problems } = validateStrategy('[planner]\nmax_depth = 3\n[opportunity_calculators.profit_taking.params]\npriority_weight = 1.5\n', catalog);
    expect(problems).toEqual([]);
    expect(config?.planner).toEqual({ max_depth: 3, priority_threshold: 0.3, risk_profile: 'balanced', allow_buy: true, allow_sell: true, transaction_cost_percent: 0.002 });
    expect(config?.modules.calculator).toEqual([{ name: 'profit_taking', kind: 'calculator', enabled: true, params: { priority_weight: 1.5 } }]);
    // absent modules are enabled with no params (source semantics)
    expect(config?.modules.pattern[0]).toEqual({ name: 'direct_buy', kind: 'pattern', enabled: true, params: {} });
  });

  it('honours enabled = false in every section', () => {
    const { config } = validateStrategy('[planner]\n[sequence_generators.combinatorial]\nenabled = false\n[pattern_generators.direct_buy]\nenabled = false\n', catalog);
    expect(config?.modules.sequence_generator[0]?.enabled).toBe(false);
    expect(config?.modules.pattern[0]?.enabled).toBe(false);
  });

  it('reports a syntax error with its line and column', () => {
    const { config, problems } = validateStrategy('[planner]\nmax_depth = \n', catalog);
    expect(config).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'syntax', range: { line: 2, column: 13 } });
  });

  it('reports a value above the maximum on the value, with a precise message', () => {
    const { problems } = validateStrategy('[planner]\n\n[pattern_generators.direct_buy.params]\nmax_depth = 12\n', catalog);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'out_of_range',
        path: ['pattern_generators', 'direct_buy', 'params', 'max_depth'],
        message: 'pattern_generators.direct_buy.params.max_depth: 12 is above the maximum 10',
        range: { line: 4, column: 13, endLine: 4, endColumn: 15 },
      },
    ]);
  });

  it('suggests the closest module name for an unknown module', () => {
    const { problems } = validateStrategy('[planner]\n[opportunity_calculators.profit_takin]\nenabled = true\n', catalog);
    expect(problems[0]?.message).toBe('Unknown module "profit_takin" in [opportunity_calculators]; did you mean "profit_taking"?');
    expect(problems[0]?.suggestion?.replacement).toBe('profit_taking');
    expect(problems[0]?.range).toEqual({ line: 2, column: 26, endLine: 2, endColumn: 38 });
  });

  it('lists every problem at once: types, integers, enums, non-finite, arrays, unknown keys and sections', () => {
    const text = [
      '[planner]',
      'max_depth = 2.5',
      'priority_threshold = "high"',
      'risk_profile = "agressive"',
      'transaction_cost_percent = nan',
      'maxdepth = 3',
      '[sequence_generators.combinatorial.params]',
      'fills = [0.5, 1.5]',
      '[opportunity_calculators.profit_taking]',
      'priority_weight = 1',
      '[extras]',
      'a = 1',
    ].join('\n');
    expect(codes(text)).toEqual([
      'error:unknown_section:extras',
      'error:wrong_type:planner.max_depth',
      'error:wrong_type:planner.priority_threshold',
      'error:not_in_enum:planner.risk_profile',
      'error:not_finite:planner.transaction_cost_percent',
      'error:unknown_key:planner.maxdepth',
      'error:unknown_key:opportunity_calculators.profit_taking.priority_weight',
      'error:out_of_range:sequence_generators.combinatorial.params.fills',
    ]);
    const problems = validateStrategy(text, catalog).problems;
    expect(problems.find((p) => p.path.join('.') === 'planner.maxdepth')?.suggestion?.replacement).toBe('max_depth');
    expect(problems.find((p) => p.code === 'not_in_enum')?.message).toContain('did you mean "aggressive"?');
    expect(problems.find((p) => p.code === 'not_in_enum')?.suggestion).toMatchObject({ label: 'Replace with "aggressive"', replacement: '"aggressive"' });
    expect(problems.find((p) => p.path.join('.') === 'planner.maxdepth')?.suggestion?.label).toBe('Replace with "max_depth"');
    expect(problems.find((p) => p.path[3] === 'fills')?.message).toBe('sequence_generators.combinatorial.params.fills: element 2 = 1.5 is above the maximum 1');
    expect(problems.find((p) => p.path.join('.') === 'opportunity_calculators.profit_taking.priority_weight')?.message).toContain('module parameters go in');
  });

  it('warns when a module may build longer sequences than planner.max_depth allows', () => {
    const { config, problems } = validateStrategy('[planner]\nmax_depth = 3\n[pattern_generators.direct_buy.params]\nmax_depth = 4\n', catalog);
    expect(config).not.toBeNull();
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'pattern_generators.direct_buy.params.max_depth = 4 exceeds planner.max_depth = 3; plans are capped at 3 actions'],
    ]);
  });

  it('puts a dependency warning of a module left out of the file on what disabled its dependency', () => {
    const { problems } = validateStrategy('[planner]\n[opportunity_calculators.profit_taking]\nenabled = false\n', catalog);
    expect(problems.map((p) => p.message)).toContain('No opportunity calculator is enabled: the planner will find no candidates');
    expect(problems.filter((p) => p.path[0] === 'pattern_generators')).toEqual([
      {
        severity: 'warning',
        code: 'dependency',
        path: ['pattern_generators', 'direct_buy'],
        message: 'pattern_generators.direct_buy: direct_buy needs candidates (enable profit_taking)',
        range: { line: 3, column: 11, endLine: 3, endColumn: 16 },
      },
    ]);
  });

  it('requires [planner]', () => {
    expect(codes('[opportunity_calculators.profit_taking]\nenabled = true\n')).toEqual(['error:missing_required:planner']);
  });

  it('rejects disabling both buying and selling, warns about unusual costs', () => {
    expect(codes('[planner]\nallow_buy = false\nallow_sell = false\ntransaction_cost_percent = 0.02\n')).toEqual([
      'error:dependency:planner.allow_sell',
      'warning:out_of_range:planner.transaction_cost_percent',
      'warning:dependency:planner.allow_sell', // profit_taking (a sell calculator) is enabled
    ]);
  });

  it('warns when a dependency is not enabled, but still returns the config', () => {
    const { config, problems } = validateStrategy('[planner]\n[pattern_generators.direct_buy]\nenabled = false\n', catalog);
    expect(config).not.toBeNull();
    expect(problems.map((p) => `${p.severity}:${p.code}:${p.path.join('.')}`)).toEqual(['warning:dependency:sequence_generators.combinatorial']);
    expect(problems[0]?.message).toBe('sequence_generators.combinatorial: combinatorial needs a pattern generator (enable any pattern_generators module)');
  });
});
