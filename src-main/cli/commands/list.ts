import { listConfigs } from '../../api/use-cases/configs';
import { JSON_SWITCH, type Command } from '../command';
import { table } from '../table';

export const listCommand: Command = {
  name: 'list',
  usage: 'list [--json] [--data-dir <dir>]',
  summary: 'Every config with its active version, version count and the buckets using it.',
  args: { positionals: [], switches: JSON_SWITCH },
  async run(ctx) {
    const configs = listConfigs(await ctx.store());
    ctx.print(configs, () =>
      table(
        ['NAME', 'VERSION', 'VERSIONS', 'TITLE', 'BUCKETS', 'UPDATED'],
        configs.map((c) => [c.name, String(c.version), String(c.versionCount), c.title, c.buckets.join(',') || '-', c.updatedAt]),
      ),
    );
  },
};
