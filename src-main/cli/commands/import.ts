import fs from 'node:fs';
import path from 'node:path';
import { importConfigFile } from '../../api/use-cases/files';
import { decodeImportBytes } from '../../api/use-cases/import-checks';
import { UsageError } from '../args';
import { JSON_SWITCH, type Command } from '../command';
import { withPlanner } from '../planner-session';

export const importCommand: Command = {
  name: 'import',
  usage: 'import <file> [--name N] [--title T] [--json] [--data-dir <dir>]',
  summary: 'Validate a strategy file and store it as the next version of its name (from the header, --name, or the file name).',
  args: { positionals: ['file'], values: { '--name': 'name', '--title': 'title' }, switches: JSON_SWITCH },
  async run(ctx) {
    const file = ctx.args.positionals.file!;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      throw new UsageError(`${file}: cannot read the file (${why}).`);
    }
    const text = decodeImportBytes(file, bytes);
    const { name, title } = ctx.args.values;
    const store = await ctx.store();
    // Validate as the app does: built-ins plus the bundled and the user's plugins, so a strategy
    // that uses a plugin module imports here too.
    const version = await withPlanner(ctx, { userPlugins: true }, async ({ planner }) =>
      importConfigFile(
        { ...store, validate: (toml) => planner.validate(toml).problems },
        { fileName: file, text, ...(name === undefined ? {} : { name }), ...(title === undefined ? {} : { title }) },
      ),
    );
    ctx.print(version, () => `Imported ${path.basename(file)} as ${version.name}@${version.version} (id ${version.id}).`);
  },
};
