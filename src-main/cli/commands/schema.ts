import fs from 'node:fs';
import { catalogToJsonSchema } from '../../../src-shared/config/json-schema';
import type { Command } from '../command';
import { withPlanner } from '../planner-session';

export const schemaCommand: Command = {
  name: 'schema',
  usage: 'schema [-o file] [--data-dir <dir>]',
  summary: 'Write the JSON Schema of strategy files (built-in and plugin modules), to stdout without -o.',
  args: { positionals: [], values: { '-o': 'out', '--out': 'out' } },
  async run(ctx) {
    const schema = await withPlanner(ctx, { userPlugins: true }, async ({ planner }) => catalogToJsonSchema(planner.catalog()));
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    const out = ctx.args.values.out;
    if (out === undefined) ctx.stdout(text);
    else {
      fs.writeFileSync(out, text);
      ctx.stderr(`Wrote the JSON Schema to ${out}.\n`);
    }
  },
};
