import { StudioError } from '../../../src-shared/api/errors';
import { dryRunUseCase } from '../../api/use-cases/planner-runs';
import { JSON_SWITCH, type Command } from '../command';
import { readStrategy, withPlanner } from '../planner-session';
import { table } from '../table';

export const dryRunCommand: Command = {
  name: 'dry-run',
  usage: 'dry-run <file|name[@version]> [--json] [--data-dir <dir>]',
  summary: 'Validate a strategy against every module and parameter and estimate its search, without planning (recorded as a dry_run run).',
  args: { positionals: ['strategy'], switches: JSON_SWITCH },
  async run(ctx) {
    const strategy = await readStrategy(ctx, ctx.args.positionals.strategy!);
    const report = await withPlanner(ctx, { userPlugins: true }, async ({ deps }) =>
      dryRunUseCase(await deps(), { toml: strategy.toml, record: true }, { label: strategy.label, configId: strategy.configId }),
    );
    ctx.print(report, () => {
      const enabled = report.modules.filter((m) => m.enabled);
      const lines = [
        `Dry run of ${strategy.label}: ${report.valid ? 'valid' : 'INVALID'}`,
        ...report.warnings.map((w) => `warning: ${w}`),
      ];
      if (report.valid) {
        lines.push(
          `${enabled.length} of ${report.modules.length} modules enabled; up to ${report.totalMaxGenerated} sequences generated, up to ${report.totalMaxEvaluated} evaluated.`,
          '',
          table(
            ['MODULE', 'KIND', 'DEPTH', 'MAX SEQUENCES', 'NOTE'],
            report.estimates.map((e) => [e.module, e.kind, e.depth === null ? '-' : String(e.depth), String(e.maxSequences), e.note]),
          ),
        );
      }
      return lines.join('\n');
    });
    if (!report.valid) {
      const errors = report.problems.filter((p) => p.severity === 'error');
      throw new StudioError('invalid_config', `${strategy.label}: ${errors.length} error${errors.length === 1 ? '' : 's'}.`, {
        problems: errors,
        ...(strategy.file === undefined ? {} : { file: strategy.file }),
      });
    }
  },
};
