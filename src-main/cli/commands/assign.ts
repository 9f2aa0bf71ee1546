import { bucketNameSchema } from '../../../src-shared/api/schemas/buckets';
import { assignVersion } from '../../api/use-cases/buckets';
import { resolveVersionRef } from '../../api/use-cases/configs';
import { UsageError } from '../args';
import { JSON_SWITCH, type Command } from '../command';

export const assignCommand: Command = {
  name: 'assign',
  usage: 'assign <bucket> <id|name[@version]> [--json] [--data-dir <dir>]',
  summary: 'Point a bucket at a version (the bucket is created on first use).',
  args: { positionals: ['bucket', 'ref'], switches: JSON_SWITCH },
  async run(ctx) {
    const { bucket, ref } = ctx.args.positionals as { bucket: string; ref: string };
    const valid = bucketNameSchema.safeParse(bucket);
    if (!valid.success) throw new UsageError(`"${bucket}" cannot be a bucket name: ${valid.error.issues[0]?.message}.`);
    const store = await ctx.store();
    const assignment = assignVersion(store, valid.data, resolveVersionRef(store, ref).id);
    ctx.print(assignment, () => `Bucket ${assignment.bucket} now uses ${assignment.configName}@${assignment.version}.`);
  },
};
