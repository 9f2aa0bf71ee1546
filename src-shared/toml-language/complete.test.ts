import { describe, expect, it } from 'vitest';
import { catalogToJsonSchema } from '../config/json-schema';
import { complete } from './complete';
import { fixtureCatalog } from './fixtures/catalog';
import { withCursor } from './fixtures/cursor';

const schema = catalogToJsonSchema(fixtureCatalog);

function at(marked: string) {
  const { doc, pos } = withCursor(marked);
  return complete(doc, schema, pos);
}

const labels = (marked: string, kind?: string) => at(marked).filter((i) => !kind || i.kind === kind).map((i) => i.label);

describe('complete: table names', () => {
  it('offers the sections at the top level', () => {
    expect(labels('[|', 'section')).toEqual(['planner', 'opportunity_calculators', 'pattern_generators', 'sequence_generators', 'filters']);
  });

  it('offers every module of a section, replacing the typed prefix', () => {
    const items = at('[opportunity_calculators.pro|');
    expect(items.filter((i) => i.kind === 'module').map((i) => i.label)).toEqual(['profit_taking', 'averaging_down']);
    const profit = items.find((i) => i.label === 'profit_taking')!;
    expect(profit).toMatchObject({ insertText: 'profit_taking]', detail: 'profit_taking (calculator 1.0.0)', documentation: 'Sells windfalls.' });
    expect(profit.range).toEqual({ line: 1, column: 26, endLine: 1, endColumn: 29 });
    expect(labels('[pattern_generators.|', 'module')).toEqual(['profit_taking', 'market_regime']);
  });

  it('offers a snippet that completes the header and adds the whole section with its defaults', () => {
    const snippet = at('[opportunity_calculators.pr|]').find((i) => i.label === 'profit_taking (section with defaults)')!;
    expect(snippet.snippet).toBe(true);
    expect(snippet.insertText).toBe(
      'profit_taking]\nenabled = ${1:true}\n\n[opportunity_calculators.profit_taking.params]\nwindfall_threshold = ${2:0.3}\npriority_weight = ${3:1.2}\n',
    );
    // From the typed segment to the line end, so an auto-closed "]" is replaced too.
    expect(snippet.range).toEqual({ line: 1, column: 26, endLine: 1, endColumn: 29 });
    expect(snippet.filterText).toBe('profit_taking');
    expect(at('[[opportunity_calculators.|').some((i) => i.kind === 'snippet')).toBe(false);
  });

  it('closes the header unless it is closed already or a section of modules', () => {
    const insert = (marked: string, label: string) => at(marked).find((i) => i.label === label)?.insertText;
    expect(insert('[opportunity_calculators.pr|]', 'profit_taking')).toBe('profit_taking');
    expect(insert('[pla|', 'planner')).toBe('planner]');
    expect(insert('[opp|', 'opportunity_calculators')).toBe('opportunity_calculators');
    expect(insert('[[filters.|', 'diversity')).toBe('diversity]]');
  });

  it('offers params under a module and nothing under an unknown one', () => {
    expect(labels('[filters.diversity.|')).toEqual(['params', 'params (section with defaults)']);
    expect(labels('[filters.nope.|')).toEqual([]);
  });

  it('ranks tables already written last and offers no snippet for them', () => {
    const items = at('[opportunity_calculators.profit_taking]\n[opportunity_calculators.|');
    const written = items.find((i) => i.label === 'profit_taking')!;
    const fresh = items.find((i) => i.label === 'averaging_down')!;
    expect(written.sortText! > fresh.sortText!).toBe(true);
    expect(items.some((i) => i.label === 'profit_taking (section with defaults)')).toBe(false);
    // Nor a whole-section snippet for a section that already has tables in it.
    expect(at('[opportunity_calculators.profit_taking.params]\n[|').map((i) => i.label)).not.toContain('opportunity_calculators (section with defaults)');
    expect(at('[opportunity_calculators.profit_taking.params]\n[|').map((i) => i.label)).toContain('filters (section with defaults)');
  });
});

describe('complete: keys', () => {
  it('offers the keys not yet written in the table, with type, default and description', () => {
    const items = at('[planner]\nmax_depth = 3\n|');
    expect(items.map((i) => i.label)).toEqual(['name', 'priority_threshold', 'allow_sell', 'risk_profile']);
    const threshold = items.find((i) => i.label === 'priority_threshold')!;
    expect(threshold).toMatchObject({
      kind: 'key',
      detail: 'number 0–1 = 0.3',
      documentation: 'Minimum average priority.',
      insertText: 'priority_threshold = ${1:0.3}',
      snippet: true,
    });
    expect(items.find((i) => i.label === 'risk_profile')?.detail).toBe('"balanced" | "conservative" | "aggressive" = "balanced"');
    expect(items.find((i) => i.label === 'name')?.insertText).toBe('name = ${1:"default"}');
  });

  it('shows the unit and offers module params in the params table', () => {
    const items = at('[opportunity_calculators.profit_taking.params]\npriority_weight = 1\nwin|');
    expect(items.map((i) => i.label)).toEqual(['windfall_threshold']);
    expect(items[0]!.detail).toBe('number 0–2 = 0.3 (fraction)');
    expect(items[0]!.range).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 4 });
  });

  it('offers enabled (not params) in a module table, and dotted params keys', () => {
    expect(labels('[pattern_generators.market_regime]\n|')).toEqual(['enabled']);
    expect(labels('[pattern_generators.market_regime]\nparams.|')).toEqual(['market_regime']);
    // A key set by a dotted key in the parent table counts as written.
    expect(labels('[pattern_generators.market_regime]\nparams.market_regime = "bull"\nparams.|')).toEqual([]);
  });

  it('lists array params with their element range', () => {
    expect(at('[sequence_generators.partial_execution.params]\n|')[0]).toMatchObject({
      label: 'fill_percentages',
      detail: 'number[] (each 0–1) = [0.5, 0.75, 1]',
      insertText: 'fill_percentages = ${1:[0.5, 0.75, 1]}',
    });
  });

  it('offers the keys and values of an inline table', () => {
    expect(labels('[opportunity_calculators.profit_taking]\nparams = { priority_weight = 1, |')).toEqual(['windfall_threshold']);
    expect(labels('[pattern_generators.market_regime]\nparams = { market_regime = |')).toEqual(['"sideways"', '"bull"', '"bear"']);
  });

  it('offers nothing at the root, in unknown tables or in comments', () => {
    expect(at('|')).toEqual([]);
    expect(at('[whatever]\n|')).toEqual([]);
    expect(at('[planner]\n# |')).toEqual([]);
  });
});

describe('complete: values', () => {
  it('offers the default first, then true and false, for a boolean', () => {
    const items = at('[planner]\nallow_sell = |');
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ['true', 'default'],
      ['false', 'boolean'],
    ]);
    expect(items[0]!.range).toEqual({ line: 2, column: 14, endLine: 2, endColumn: 14 });
  });

  it('puts a space after a bare "=" and only renames a key that already has a value', () => {
    expect(at('[planner]\nallow_sell =|').map((i) => i.insertText)).toEqual([' true', ' false']);
    const rename = at('[planner]\nmax_|depth = 5').find((i) => i.label === 'priority_threshold');
    expect(rename?.insertText).toBe('priority_threshold');
  });

  it('offers the enum members, quoted, replacing a half-typed string and its closing quote', () => {
    const items = at('[planner]\nrisk_profile = "ag|"');
    expect(items.map((i) => i.label)).toEqual(['"balanced"', '"conservative"', '"aggressive"']);
    expect(items[2]!.range).toEqual({ line: 2, column: 16, endLine: 2, endColumn: 20 });
  });

  it('offers the default of a number', () => {
    expect(labels('[opportunity_calculators.averaging_down.params]\ndip_threshold = |')).toEqual(['-0.2']);
  });

  it('offers enum members for elements of a string list', () => {
    expect(labels('[filters.diversity.params]\ntags = ["a", |]')).toEqual(['"a"', '"b"']);
  });

  it('offers nothing for unknown keys', () => {
    expect(at('[planner]\nmax_dept = |')).toEqual([]);
  });
});
