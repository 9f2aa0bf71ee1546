import { describe, expect, it } from 'vitest';
import { catalogToJsonSchema } from '../config/json-schema';
import { validateStrategy } from '../config/validate';
import type { ConfigProblem } from '../domain/problems';
import { TomlDocument } from './document';
import { fixtureCatalog } from './fixtures/catalog';
import { quickFixes } from './quick-fixes';

const schema = catalogToJsonSchema(fixtureCatalog);

function fixesFor(text: string, code: ConfigProblem['code']) {
  const problem = validateStrategy(text, fixtureCatalog).problems.find((p) => p.code === code);
  if (!problem) throw new Error(`no ${code} problem`);
  return quickFixes(new TomlDocument(text), schema, problem);
}

describe('quickFixes', () => {
  it('replaces an unknown key with the suggested one', () => {
    expect(fixesFor('[planner]\nmax_dept = 3\n', 'unknown_key')).toEqual([
      { title: 'Replace with max_depth', edits: [{ range: { line: 2, column: 1, endLine: 2, endColumn: 9 }, text: 'max_depth' }], preferred: true },
    ]);
  });

  it('clamps an out-of-range number and offers the default', () => {
    expect(fixesFor('[planner]\nmax_depth = 12\n', 'out_of_range')).toEqual([
      { title: 'Clamp to 10', edits: [{ range: { line: 2, column: 13, endLine: 2, endColumn: 15 }, text: '10' }], preferred: true },
      { title: 'Reset to default 5', edits: [{ range: { line: 2, column: 13, endLine: 2, endColumn: 15 }, text: '5' }], preferred: false },
    ]);
    expect(fixesFor('[opportunity_calculators.averaging_down.params]\ndip_threshold = 0.5\n', 'out_of_range')[0]?.title).toBe('Clamp to 0');
  });

  it('clamps each element of an out-of-range list', () => {
    const fixes = fixesFor('[sequence_generators.partial_execution.params]\nfill_percentages = [0.5, 1.5, -1]\n', 'out_of_range');
    expect(fixes.map((f) => [f.title, f.edits[0]!.text])).toEqual([
      ['Clamp to [0.5, 1, 0]', '[0.5, 1, 0]'],
      ['Reset to default [0.5, 0.75, 1]', '[0.5, 0.75, 1]'],
    ]);
  });

  it('resets a wrong type, a non-finite number and an enum miss to the default', () => {
    expect(fixesFor('[planner]\nallow_sell = "yes"\n', 'wrong_type')).toEqual([
      { title: 'Reset to default true', edits: [{ range: { line: 2, column: 14, endLine: 2, endColumn: 19 }, text: 'true' }], preferred: true },
    ]);
    expect(fixesFor('[planner]\npriority_threshold = nan\n', 'not_finite').map((f) => f.title)).toEqual(['Reset to default 0.3']);
    const enumFixes = fixesFor('[planner]\nrisk_profile = "agressive"\n', 'not_in_enum');
    expect(enumFixes.map((f) => [f.title, f.edits[0]!.text, f.preferred])).toEqual([
      ['Replace with "aggressive"', '"aggressive"', true],
      ['Reset to default "balanced"', '"balanced"', false],
    ]);
  });

  it('offers no reset when the value already is the default, and nothing for problems it cannot fix', () => {
    const doc = new TomlDocument('[planner]\nmax_depth = 5\n');
    const problem: ConfigProblem = { severity: 'error', code: 'out_of_range', path: ['planner', 'max_depth'], message: 'x' };
    expect(quickFixes(doc, schema, problem)).toEqual([
      { title: 'Clamp to 5', edits: [{ range: { line: 2, column: 13, endLine: 2, endColumn: 14 }, text: '5' }], preferred: true },
    ]);
    expect(quickFixes(doc, schema, { ...problem, code: 'dependency' })).toEqual([]);
    expect(quickFixes(doc, schema, { ...problem, path: ['planner', 'missing'] })).toEqual([]);
  });
});
