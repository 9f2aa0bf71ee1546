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
