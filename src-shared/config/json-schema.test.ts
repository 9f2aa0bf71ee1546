import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../toml-language/fixtures/catalog';
import { catalogToJsonSchema } from './json-schema';

const schema = catalogToJsonSchema(fixtureCatalog);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

function errorsOf(toml: string): string[] {
  validate(parse(toml));
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('catalogToJsonSchema', () => {
  it('is a draft 2020-12 schema with one table per section and a section per kind', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties ?? {})).toEqual(['planner', 'opportunity_calculators', 'pattern_generators', 'sequence_generators', 'filters']);
    expect(Object.keys(schema.properties?.opportunity_calculators?.properties ?? {})).toEqual(['profit_taking', 'averaging_down']);
    expect(Object.keys(schema.properties?.pattern_generators?.properties ?? {})).toEqual(['profit_taking', 'market_regime']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes a parameter with its type, default, range, unit and description', () => {
    const threshold = schema.properties?.opportunity_calculators?.properties?.profit_taking?.properties?.params?.properties?.windfall_threshold;
    expect(threshold).toEqual({
      title: 'windfall_threshold',
      description: 'Smallest excess gain that triggers a sale.',
      type: 'number',
      minimum: 0,
      maximum: 2,
      default: 0.3,
      'x-unit': 'fraction',
    });
    const list = schema.properties?.sequence_generators?.properties?.partial_execution?.properties?.params?.properties?.fill_percentages;
    expect(list?.type).toBe('array');
    expect(list?.items).toEqual({ type: 'number', minimum: 0, maximum: 1 });
    expect(list?.default).toEqual([0.5, 0.75, 1]);
  });

  it('carries each module\'s metadata in x-module and an enabled switch defaulting to true', () => {
    const diversity = schema.properties?.filters?.properties?.diversity;
    expect(diversity?.['x-module']?.source).toEqual({ type: 'plugin', plugin: 'plugins/diversity.js' });
    expect(diversity?.['x-module']?.author).toBe('Someone');
    expect(diversity?.properties?.enabled).toMatchObject({ type: 'boolean', default: true });
    expect(diversity?.additionalProperties).toBe(false);
    expect(diversity?.['x-taplo']).toEqual({ initKeys: ['enabled'] });
  });

  it('accepts a valid strategy (ajv)', () => {
    const toml = `
[planner]
name = "mine"
max_depth = 7
risk_profile = "aggressive"

[opportunity_calculators.profit_taking]
enabled = false
[opportunity_calculators.profit_taking.params]
windfall_threshold = 0.4

[sequence_generators.partial_execution.params]
fill_percentages = [0.5, 1.0]

[filters.diversity.params]
tags = ["a"]
`;
    expect(errorsOf(toml)).toEqual([]);
  });

  it('rejects unknown modules and keys, wrong types, out-of-range values and enum misses (ajv)', () => {
    expect(errorsOf('[planner]\nmax_dept = 3\n')).toEqual(['/planner must NOT have additional properties']);
    expect(errorsOf('[opportunity_calculators.profit_takin]\n')).toEqual(['/opportunity_calculators must NOT have additional properties']);
    expect(errorsOf('[planner]\nmax_depth = 2.5\n')).toEqual(['/planner/max_depth must be integer']);
    expect(errorsOf('[planner]\nmax_depth = 11\n')).toEqual(['/planner/max_depth must be <= 10']);
    expect(errorsOf('[planner]\nrisk_profile = "wild"\n')).toEqual(['/planner/risk_profile must be equal to one of the allowed values']);
    expect(errorsOf('[sequence_generators.partial_execution.params]\nfill_percentages = [0.5, 2]\n')).toEqual([
      '/sequence_generators/partial_execution/params/fill_percentages/1 must be <= 1',
    ]);
    expect(errorsOf('[whatever]\n')).toEqual([' must NOT have additional properties']);
  });

  it('is plain JSON (survives a JSON round trip unchanged)', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
