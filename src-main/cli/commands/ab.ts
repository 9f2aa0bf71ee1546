import { compareUseCase } from '../../api/use-cases/planner-runs';
import { JSON_SWITCH, type Command } from '../command';
import { inFile, portfolioOption, readConfigRef, seedOption, withPlanner } from '../planner-session';
import { table } from '../table';

export const abCommand: Command = {
  name: 'ab',
  usage: 'ab <A> <B> [--portfolio <id|name>] [--seed N] [--json] [--data-dir <dir>]   (A, B: file, name[@version], id or preset:<name>)',
  summary: 'Compare two strategies on the same portfolio and seed: scores, winner, margin, per-module timings.',
  args: { positionals: ['a', 'b'], values: { '--portfolio': 'portfolio', '--seed': 'seed' }, switches: JSON_SWITCH },
  async run(ctx) {
    const a = await readConfigRef(ctx, ctx.args.positionals.a!);
    const b = await readConfigRef(ctx, ctx.args.positionals.b!);
    const portfolioId = await portfolioOption(ctx);
    const seed = seedOption(ctx);
    const result = await withPlanner(ctx, { userPlugins: true }, async ({ deps }) => {
      const d = await deps();
      return inFile(a.file, () => inFile(b.file, () => compareUseCase(d, { a: a.ref, b: b.ref, portfolioId, seed })));
    });
    ctx.print(result, () => {
      const arm = (name: 'A' | 'B', r: typeof result.a) =>
        `${name}: ${r.label}: score ${r.result.plan.endStateScore.toFixed(4)}, ${r.result.plan.steps.length} trades, cash required €${r.result.plan.cashRequiredEur.toFixed(2)}`;
      const verdict = result.winner === 'tie' ? 'Tie' : `${result.winner} wins by ${(result.margin * 100).toFixed(2)} points`;
      return [
        `A/B on portfolio ${result.portfolioId}, seed ${result.seed} (group ${result.groupId})`,
        arm('A', result.a),
        arm('B', result.b),
        verdict,
        '',
        table(
          ['MODULE', 'A MS', 'B MS'],
          result.timings.map((t) => [t.module, t.msA === null ? '-' : t.msA.toFixed(2), t.msB === null ? '-' : t.msB.toFixed(2)]),
        ),
      ].join('\n');
    });
  },
};
