import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from './fixtures/catalog';
import { TomlLanguageService } from './service';

const service = new TomlLanguageService(fixtureCatalog);

const valid = `# A strategy
[planner]
max_depth = 7   # inline comment
risk_profile = "aggressive"
name = """
multi [line] = "text"
"""

[opportunity_calculators.profit_taking]
enabled = false

[opportunity_calculators.profit_taking.params]
windfall_threshold = 0.4
priority_weight = 1.1

[sequence_generators.partial_execution.params]
fill_percentages = [
  0.5, # half
  1.0,
]

[filters.diversity]
params = { max_sequences = 20, tags = ['a'] }
`;

/** Every position of a text, as 1-based line and column (one past each line's end included). */
function positions(text: string): { line: number; column: number }[] {
  return text.split('\n').flatMap((line, i) => Array.from({ length: line.length + 1 }, (_, c) => ({ line: i + 1, column: c + 1 })));
}

describe('the language service on documents broken mid-edit', () => {
  it('answers every feature at every position of every prefix of a valid file without throwing', () => {
    for (let cut = 0; cut <= valid.length; cut += 7) {
      const text = valid.slice(0, cut);
      for (const pos of positions(text)) {
        service.complete(text, pos);
        service.hover(text, pos);
      }
      expect(Array.isArray(service.diagnose(text))).toBe(true);
      service.outline(text);
      service.folding(text);
      service.format(text);
    }
  });

  it('survives random insertions and deletions (property test)', () => {
    const edit = fc.record({
      at: fc.nat(valid.length),
      remove: fc.nat(12),
      insert: fc.array(fc.constantFrom('[', ']', '"', "'", '=', '.', '\n', ' ', '#', '{', '}', ',', 'a', '1', '"""'), { maxLength: 8 }).map((parts) => parts.join('')),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = valid;
        for (const e of edits) text = text.slice(0, Math.min(e.at, text.length)) + e.insert + text.slice(Math.min(e.at, text.length) + e.remove);
        const lines = text.split('\n');
        for (let line = 1; line <= lines.length; line += 3) {
          const pos = { line, column: 1 + ((line * 5) % (lines[line - 1]!.length + 1)) };
          for (const item of service.complete(text, pos)) {
            // A completion's range always lies on the cursor's line and covers the cursor.
            expect(item.range.line).toBe(pos.line);
            expect(item.range.column).toBeLessThanOrEqual(pos.column);
            expect(item.range.endColumn).toBeGreaterThanOrEqual(pos.column);
          }
          service.hover(text, pos);
        }
        for (const d of service.diagnose(text)) {
          expect(d.range.line).toBeGreaterThanOrEqual(1);
          expect(d.range.line).toBeLessThanOrEqual(lines.length + 1);
        }
        const formatted = service.format(text);
        if (formatted !== null) expect(service.format(formatted)).toBe(formatted);
        service.outline(text);
        service.folding(text);
      }),
      { numRuns: 200 },
    );
  });

  it('finds no problem in the valid file', () => {
    expect(service.diagnose(valid).map((d) => d.problem.message)).toEqual([]);
  });
});
