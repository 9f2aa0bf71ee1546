import fs from 'node:fs';
import type { Command } from '../command';
import { withPlanner } from '../planner-session';

export const docsCommand: Command = {
  name: 'docs',
  usage: 'docs [-o file] [--bundled-plugins-only] [--data-dir <dir>]',
  summary: 'Write the Markdown reference of every module (plugins included), to stdout without -o.',
  args: { positionals: [], values: { '-o': 'out', '--out': 'out' }, switches: { '--bundled-plugins-only': 'bundledOnly' } },
  async run(ctx) {
    // the committed docs/modules.md must not depend on the plugins of whoever generates it
    const markdown = await withPlanner(ctx, { userPlugins: ctx.args.switches.bundledOnly !== true }, ({ ops }) => ops.docs());
    const out = ctx.args.values.out;
    if (out === undefined) ctx.stdout(markdown);
    else {
      fs.writeFileSync(out, markdown);
      ctx.stderr(`Wrote the module reference to ${out}.\n`);
    }
  },
};
