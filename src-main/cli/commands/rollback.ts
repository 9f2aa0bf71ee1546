import { rollbackBucket } from '../../api/use-cases/buckets';
import { positiveInt } from '../args';
import { JSON_SWITCH, type Command } from '../command';

export const rollbackCommand: Command = {
  name: 'rollback',
  usage: 'rollback <bucket> <name> <version> [--json] [--data-dir <dir>]',
  summary: 'Move a bucket back to an earlier version of a config (no new version is created).',
  args: { positionals: ['bucket', 'name', 'version'], switches: JSON_SWITCH },
  async run(ctx) {
    const { bucket, name, version } = ctx.args.positionals as { bucket: string; name: string; version: string };
    const assignment = rollbackBucket(await ctx.store(), bucket, name, positiveInt(version, 'The version'));
    ctx.print(assignment, () => `Bucket ${assignment.bucket} rolled back to ${assignment.configName}@${assignment.version}.`);
  },
};
