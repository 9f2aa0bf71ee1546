import type { ActionSequence } from '../../../src-shared/domain/plan';
import type { PortfolioModel } from '../model/portfolio-model';

/**
 * Sequences flattened into typed arrays for evaluation: sequence j's actions are
 * `offsets[j] .. offsets[j+1]-1`, each a security index, a side (1 = sell) and an EUR value.
 * Evaluating then reads numbers only and allocates nothing.
 */
export interface EncodedSequences {
  count: number;
  offsets: Int32Array;
  security: Int32Array;
  sell: Uint8Array;
  valueEur: Float64Array;
}

export function encodeSequences(model: PortfolioModel, sequences: readonly ActionSequence[]): EncodedSequences {
  const total = sequences.reduce((s, q) => s + q.actions.length, 0);
  const enc: EncodedSequences = {
    count: sequences.length,
    offsets: new Int32Array(sequences.length + 1),
    security: new Int32Array(total),
    sell: new Uint8Array(total),
    valueEur: new Float64Array(total),
  };
  let k = 0;
  sequences.forEach((seq, j) => {
    enc.offsets[j] = k;
    for (const a of seq.actions) {
      const i = model.index.get(a.symbol);
      if (i === undefined) throw new Error(`Sequence ${j} trades ${a.symbol}, which is not in the portfolio's securities`);
      enc.security[k] = i;
      enc.sell[k] = a.side === 'SELL' ? 1 : 0;
      enc.valueEur[k] = a.valueEur;
      k++;
    }
  });
  enc.offsets[sequences.length] = k;
  return enc;
}
