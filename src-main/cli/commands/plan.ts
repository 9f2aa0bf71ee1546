import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';
import { planUseCase } from '../../api/use-cases/planner-runs';
import { JSON_SWITCH, type Command } from '../command';
import { inFile, portfolioOption, readStrategy, seedOption, withPlanner } from '../planner-session';
import { table } from '../table';

const eur = (v: number): string => `€${v.toFixed(2)}`;

export function planText(result: PlanRunResult, label: string): string {
  const p = result.plan;
  const lines = [
    `Plan for ${label} (run ${result.runId}, seed ${result.seed})`,
    `End-state score ${p.endStateScore.toFixed(4)} (current ${p.currentScore.toFixed(4)}, ${p.improvement >= 0 ? '+' : ''}${p.improvement.toFixed(4)}); cash required ${eur(p.cashRequiredEur)}, generated ${eur(p.cashGeneratedEur)}, available ${eur(p.availableCashEur)}`,
    `${result.sequencesGenerated} sequences generated, ${result.sequencesEvaluated} evaluated in ${result.durationMs.toFixed(0)} ms`,
    '',
  ];
  if (p.steps.length === 0) lines.push(p.narrativeSummary);
  else {
    lines.push(
      table(
        ['#', 'SIDE', 'SYMBOL', 'QUANTITY', 'VALUE EUR', 'REASON'],
        p.steps.map((s) => [String(s.stepNumber), s.side, s.symbol, String(s.quantity), s.estimatedValueEur.toFixed(2), s.reason]),
      ),
      '',
      p.narrativeSummary,
    );
  }
  for (const f of result.moduleFailures) lines.push(`failed: ${f.kind} ${f.module} (${f.operation}): ${f.message}`);
  for (const s of result.skippedModules) lines.push(`skipped: ${s.kind} ${s.module}: ${s.reason}`);
  return lines.join('\n');
}

export const planCommand: Command = {
  name: 'plan',
  usage: 'plan <file|name[@version]> [--portfolio <id|name>] [--seed N] [--json] [--data-dir <dir>]',
  summary: 'Plan a strategy on a stored portfolio (the sample by default) and record the run.',
  args: { positionals: ['strategy'], values: { '--portfolio': 'portfolio', '--seed': 'seed' }, switches: JSON_SWITCH },
  async run(ctx) {
    const strategy = await readStrategy(ctx, ctx.args.positionals.strategy!);
    const portfolioId = await portfolioOption(ctx);
    const seed = seedOption(ctx);
    const result = await withPlanner(ctx, { userPlugins: true }, async ({ deps }) =>
      inFile(strategy.file, async () =>
        planUseCase(
          await deps(),
          strategy.configId === null ? { toml: strategy.toml, portfolioId, seed } : { configId: strategy.configId, portfolioId, seed },
          strategy.label,
        ),
      ),
    );
    ctx.print(result, () => planText(result, strategy.label));
  },
};
