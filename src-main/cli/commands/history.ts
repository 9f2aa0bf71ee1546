import { historyOfName } from '../../api/use-cases/configs';
import { JSON_SWITCH, type Command } from '../command';
import { table } from '../table';

export const historyCommand: Command = {
  name: 'history',
  usage: 'history <name> [--json] [--data-dir <dir>]',
  summary: 'Every version of a config, newest first.',
  args: { positionals: ['name'], switches: JSON_SWITCH },
  async run(ctx) {
    const entries = historyOfName(await ctx.store(), ctx.args.positionals.name!);
    ctx.print(entries, () =>
      table(
        ['VERSION', 'ID', 'ACTIVE', 'CREATED', 'BY', 'PARENT', 'BUCKETS', 'NOTE'],
        entries.map((e) => [
          String(e.version),
          String(e.id),
          e.isActive ? '*' : '',
          e.createdAt,
          e.createdBy,
          e.parentVersionId === null ? '-' : String(e.parentVersionId),
          e.buckets.join(',') || '-',
          e.note,
        ]),
      ),
    );
  },
};
