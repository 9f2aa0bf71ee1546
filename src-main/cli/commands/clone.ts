import { cloneVersion, resolveVersionRef } from '../../api/use-cases/configs';
import { configTitleSchema, newConfigNameSchema } from '../../../src-shared/api/schemas/configs';
import { UsageError } from '../args';
import { JSON_SWITCH, type Command } from '../command';

export const cloneCommand: Command = {
  name: 'clone',
  usage: 'clone <id|name[@version]> <new-name> <new-title> [--json] [--data-dir <dir>]',
  summary: 'Copy a version under a new name as its version 1.',
  args: { positionals: ['ref', 'newName', 'newTitle'], switches: JSON_SWITCH },
  async run(ctx) {
    const { ref, newName, newTitle } = ctx.args.positionals as { ref: string; newName: string; newTitle: string };
    const name = newConfigNameSchema.safeParse(newName);
    if (!name.success) throw new UsageError(`"${newName}" cannot be a config name: ${name.error.issues[0]?.message}.`);
    const title = configTitleSchema.safeParse(newTitle);
    if (!title.success) throw new UsageError(`"${newTitle}" cannot be a config title: ${title.error.issues[0]?.message}.`);
    const store = await ctx.store();
    const clone = cloneVersion(store, resolveVersionRef(store, ref).id, name.data, title.data);
    ctx.print(clone, () => `Cloned to ${clone.name}@1 (id ${clone.id}).`);
  },
};
