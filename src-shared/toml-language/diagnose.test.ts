import { describe, expect, it } from 'vitest';
import { catalogToJsonSchema } from '../config/json-schema';
import { validateStrategy } from '../config/validate';
import { diagnose } from './diagnose';
import { TomlDocument } from './document';
import { fixtureCatalog } from './fixtures/catalog';

const schema = catalogToJsonSchema(fixtureCatalog);
const run = (text: string) => diagnose(new TomlDocument(text), fixtureCatalog, schema);
const brief = (text: string) => run(text).map((d) => [d.problem.code, d.range.line, d.range.column, d.range.endColumn, d.fixes.map((f) => f.title)]);

describe('diagnose', () => {
  it('gives the validator\'s own problems and messages, in order', () => {
    const text = '[planner]\nmax_depth = 12\n';
    expect(run(text).map((d) => d.problem)).toEqual(validateStrategy(text, fixtureCatalog).problems);
  });

  it('places each problem on the exact key or value, with its fixes', () => {
    expect(brief('[planner]\nmax_dept = 3\nallow_sell = 1\n')).toEqual([
      ['unknown_key', 2, 1, 9, ['Replace with max_depth']],
      ['wrong_type', 3, 14, 15, ['Reset to default true']],
    ]);
    expect(brief('[planner]\n[opportunity_calculators.profit_takin]\n')).toEqual([['unknown_module', 2, 26, 38, ['Replace with profit_taking']]]);
    expect(brief('[planner]\n[filters.diversity.params]\nmax_sequences = 0\n')).toEqual([['out_of_range', 3, 17, 18, ['Clamp to 1', 'Reset to default 50']]]);
  });

  it('warns on unmet dependencies at the module that has them', () => {
    const text = [
      '[planner]',
      '[pattern_generators.profit_taking]',
      'enabled = false',
      '[pattern_generators.market_regime]',
      'enabled = false',
      '[sequence_generators.partial_execution]',
      'enabled = true',
    ].join('\n');
    const deps = run(text).filter((d) => d.problem.code === 'dependency' && d.problem.path[1] === 'partial_execution');
    expect(deps.map((d) => [d.problem.severity, d.range.line, d.problem.message])).toEqual([
      ['warning', 6, 'sequence_generators.partial_execution: needs sequences to split (enable any pattern_generators module)'],
    ]);
  });

  it('puts a file-wide problem on the first line', () => {
    expect(brief('# nothing yet\n')[0]).toEqual(['missing_required', 1, 1, 14, []]);
    expect(brief('')[0]).toEqual(['missing_required', 1, 1, 2, []]);
  });

  it('reports a syntax error at its place on documents broken mid-edit, and never throws', () => {
    expect(brief('[planner]\nmax_depth = \n')).toEqual([['syntax', 2, 13, 14, []]]);
    expect(brief('[planner\n')[0]?.[0]).toBe('syntax');
    expect(brief('[planner]\nname = "abc\n')[0]?.slice(0, 2)).toEqual(['syntax', 2]);
    for (const broken of ['[', '[[', '=', 'a.', '"', "'''", '[planner]\nx = [1,\n[opportunity_calculators.', '[planner]\nrisk_profile = "ag', '{', 'a = {b = ', '[a]\n[a]\n']) {
      const result = run(broken);
      expect(result.length, broken).toBeGreaterThan(0);
      for (const d of result) expect(d.range.line, broken).toBeGreaterThanOrEqual(1);
    }
  });
});
