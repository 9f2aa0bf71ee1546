import type { ActionSequence } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { FilterModule } from '../module-types';
import { num } from '../params';

export const correlationAwareFilter: FilterModule = {
  meta: builtinMeta(
    'filter',
    'correlation_aware',
    'Drops sequences that buy two securities whose returns correlate above the threshold (|ρ|, from the portfolio\'s correlations, key "A:B" in either order). Without correlation data it passes everything through.',
    ['risk', 'correlation'],
  ),
  params: {
    correlation_threshold: { type: 'number', default: 0.7, min: 0, max: 1, description: 'Largest allowed |correlation| between two bought securities.' },
  },
  run(sequences, p, ctx) {
    const matrix = ctx.model.snapshot.correlations;
    if (!matrix) return [...sequences];
    const threshold = num(p, 'correlation_threshold');
    const rho = (a: string, b: string): number | undefined => matrix[`${a}:${b}`] ?? matrix[`${b}:${a}`];
    return sequences.filter((seq: ActionSequence) => {
      const buys = seq.actions.filter((a) => a.side === 'BUY').map((a) => a.symbol);
      for (let i = 0; i < buys.length; i++) {
        for (let j = i + 1; j < buys.length; j++) {
          const r = rho(buys[i]!, buys[j]!);
          if (r !== undefined && Math.abs(r) > threshold) return false;
        }
      }
      return true;
    });
  },
};
