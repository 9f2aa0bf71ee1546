import fs from 'node:fs';
import { resolveVersionRef } from '../../api/use-cases/configs';
import { exportVersion } from '../../api/use-cases/files';
import type { Command } from '../command';

export const exportCommand: Command = {
  name: 'export',
  usage: 'export <name[@version]|id> [-o file] [--data-dir <dir>]',
  summary: 'Write a version with its metadata header to a file, or to stdout without -o.',
  args: { positionals: ['ref'], values: { '-o': 'out', '--out': 'out' } },
  async run(ctx) {
    const store = await ctx.store();
    const version = resolveVersionRef(store, ctx.args.positionals.ref!);
    const { text } = exportVersion(store, version.id);
    const out = ctx.args.values.out;
    if (out === undefined) {
      ctx.stdout(text);
      return;
    }
    fs.writeFileSync(out, text);
    ctx.stderr(`Exported ${version.name}@${version.version} to ${out}.\n`);
  },
};
