import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from './fixtures/catalog';
import { TomlLanguageService } from './service';

describe('TomlLanguageService', () => {
  const service = new TomlLanguageService(fixtureCatalog);

  it('reuses the parsed document for requests on the same text', () => {
    const text = '[planner]\n';
    expect(service.document(text)).toBe(service.document(text));
    expect(service.document('[planner]\n\n')).not.toBe(service.document(text));
  });

  it('answers every feature from one catalog', () => {
    const text = '[planner]\nmax_depth = 3\n';
    expect(service.complete(text, { line: 3, column: 1 }).map((i) => i.label)).toContain('risk_profile');
    expect(service.hover(text, { line: 2, column: 2 })?.contents).toContain('**max_depth**');
    expect(service.diagnose(text)).toEqual([]);
    expect(service.format('[planner]\nmax_depth=3')).toBe('[planner]\nmax_depth = 3\n');
    expect(service.outline(text).map((s) => s.name)).toEqual(['planner']);
    expect(service.folding(text)).toEqual([{ start: 1, end: 2 }]);
    expect(Object.keys(service.schema.properties ?? {})).toContain('filters');
  });

  it('without a catalog reports syntax errors only and offers nothing', () => {
    const bare = new TomlLanguageService(null);
    expect(bare.diagnose('[planner]\nmax_dept = 3\n')).toEqual([]);
    expect(bare.diagnose('[planner\n').map((d) => d.problem.code)).toEqual(['syntax']);
    expect(bare.complete('[', { line: 1, column: 2 })).toEqual([]);
    expect(bare.format('[a]\nx=1')).toBe('[a]\nx = 1\n');
  });
});

describe('TomlLanguageService on Windows line endings', () => {
  const service = new TomlLanguageService(fixtureCatalog);
  const text = '[planner]\r\nmax_depth = 12\r\n\r\n[opportunity_calculators.profit_taking.params]\r\n';

  it('places completion, hover and problems as with "\\n"', () => {
    expect(service.complete(text, { line: 5, column: 1 }).map((i) => i.label)).toEqual(['windfall_threshold', 'priority_weight']);
    expect(service.hover(text, { line: 2, column: 3 })?.range).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 10 });
    expect(service.diagnose(text).map((d) => [d.problem.code, d.range])).toEqual([
      ['out_of_range', { line: 2, column: 13, endLine: 2, endColumn: 15 }],
    ]);
    expect(service.format(text)).toBe('[planner]\nmax_depth = 12\n\n[opportunity_calculators.profit_taking.params]\n');
  });
});
