import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudio, type Studio } from '../studio';

describe('planner API group', () => {
  let studio: Studio;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-api-'));
    studio = await openStudio({ host: 'web', dataDir: dir });
  });
  afterAll(async () => {
    await studio.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('planner.catalog lists the 27 built-in modules (plus any plugins) and the [planner] keys', async () => {
    const catalog = await studio.handlers['planner.catalog']({});
    expect(catalog.modules.filter((m) => m.meta.source.type === 'builtin')).toHaveLength(27);
    expect(catalog.planner.max_depth).toMatchObject({ type: 'integer', min: 1, max: 10, default: 5 });
  });

  it('planner.schema describes the sections of a strategy file', async () => {
    const schema = (await studio.handlers['planner.schema']({})) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(['planner', 'opportunity_calculators', 'pattern_generators', 'sequence_generators', 'filters']);
  });

  it('planner.validate returns located problems', async () => {
    const { problems } = await studio.handlers['planner.validate']({ toml: '[planner]\nbeam_width = 0\n' });
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'out_of_range',
        path: ['planner', 'beam_width'],
        message: 'planner.beam_width: 0 is below the minimum 1',
        range: { line: 2, column: 14, endLine: 2, endColumn: 15 },
      },
    ]);
  });
});
