import { describe, expect, it } from 'vitest';
import { catalogToJsonSchema } from '../config/json-schema';
import { fixtureCatalog } from './fixtures/catalog';
import { withCursor } from './fixtures/cursor';
import { hover } from './hover';

const schema = catalogToJsonSchema(fixtureCatalog);

function at(marked: string) {
  const { doc, pos } = withCursor(marked);
  return hover(doc, schema, pos);
}

describe('hover', () => {
  it('on a param key: type and range, default, unit, description, then the module', () => {
    const info = at('[opportunity_calculators.profit_taking.params]\nwindfall_thr|eshold = 0.5\n');
    expect(info?.range).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 19 });
    expect(info?.contents).toBe(
      [
        '**windfall_threshold** · `number 0–2` · default `0.3` · unit fraction',
        'Smallest excess gain that triggers a sale.',
        '---',
        '**profit_taking** 1.0.0 · calculator · by Planner Studio · built in',
        'Sells windfalls.',
      ].join('\n\n'),
    );
  });

  it('on a module segment of a header: its metadata, plugin source, tags and dependencies', () => {
    expect(at('[filters.divers|ity]\n')?.contents).toBe(
      ['**diversity** 1.0.0 · filter · by Someone · plugin `plugins/diversity.js`', 'Keeps diverse sequences.', 'Tags: diversity'].join('\n\n'),
    );
    expect(at('[sequence_generators.partial_exe|cution]\n')?.contents).toContain('Needs any pattern enabled: needs sequences to split');
  });

  it('tells a calculator from a pattern of the same name', () => {
    expect(at('[pattern_generators.profit_ta|king]')?.contents).toContain('Sequences of windfall sells.');
    expect(at('[opportunity_calculators.profit_ta|king]')?.contents).toContain('Sells windfalls.');
  });

  it('on a section segment, an enum key, and a value', () => {
    expect(at('[opportunity_calc|ulators.profit_taking]')?.contents).toBe(
      '**[opportunity_calculators]** — Opportunity calculators\n\nFind candidate actions (buy or sell one security). One table per calculator.',
    );
    expect(at('[planner]\nrisk_pro|file = "x"')?.contents).toContain('`"balanced" | "conservative" | "aggressive"` · default `"balanced"`');
    const value = at('[planner]\nmax_depth = 1|2');
    expect(value?.range).toEqual({ line: 2, column: 13, endLine: 2, endColumn: 15 });
    expect(value?.contents).toContain('**max_depth** · `integer 1–10` · default `5` · unit actions');
  });

  it('on a dotted key segment inside a module table', () => {
    const info = at('[pattern_generators.market_regime]\nparams.market_re|gime = "bull"');
    expect(info?.range).toEqual({ line: 2, column: 8, endLine: 2, endColumn: 21 });
    expect(info?.contents).toContain('**market_regime** · `"bull" | "bear" | "sideways"`');
    expect(info?.contents).toContain('Follows the market regime.');
  });

  it('on a key inside an inline table', () => {
    const info = at('[opportunity_calculators.profit_taking]\nparams = { priority_we|ight = 1 }');
    expect(info?.contents).toContain('**priority_weight** · `number 0–2` · default `1.2`');
    expect(info?.range).toEqual({ line: 2, column: 12, endLine: 2, endColumn: 27 });
  });

  it('nothing on unknown keys, blank space or comments', () => {
    expect(at('[planner]\nmax_de|pt = 3')).toBeNull();
    expect(at('[planner]\n  |\n')).toBeNull();
    expect(at('[planner] # a com|ment')).toBeNull();
  });
});
