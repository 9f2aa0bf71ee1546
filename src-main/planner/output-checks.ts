import type { ActionCandidate, ActionSequence } from '../../src-shared/domain/plan';

/**
 * Shape checks of what modules return. Plugin modules are user code: a malformed result is thrown
 * inside the module call, so the invoker treats it like any other module failure (fallback result,
 * failure record, `module_failed`) instead of breaking the run later.
 */
function actionProblem(a: unknown): string | null {
  if (typeof a !== 'object' || a === null) return 'is not an object';
  const c = a as Partial<ActionCandidate>;
  if (c.side !== 'BUY' && c.side !== 'SELL') return 'has no side "BUY" or "SELL"';
  if (typeof c.symbol !== 'string' || c.symbol === '') return 'has no symbol';
  for (const key of ['quantity', 'price', 'valueEur', 'priority'] as const) {
    if (typeof c[key] !== 'number' || !Number.isFinite(c[key])) return `has no finite ${key}`;
  }
  if (!Array.isArray(c.tags)) return 'has no tags array';
  return null;
}

export function checkCandidates(list: unknown): ActionCandidate[] {
  if (!Array.isArray(list)) throw new Error('returned something other than an array of actions');
  list.forEach((a, i) => {
    const problem = actionProblem(a);
    if (problem) throw new Error(`returned an action (index ${i}) that ${problem}`);
  });
  return list as ActionCandidate[];
}

export function checkSequences(list: unknown): ActionCandidate[][] {
  if (!Array.isArray(list)) throw new Error('returned something other than an array of sequences');
  list.forEach((seq, i) => {
    if (!Array.isArray(seq)) throw new Error(`returned a sequence (index ${i}) that is not an array of actions`);
    seq.forEach((a, k) => {
      const problem = actionProblem(a);
      if (problem) throw new Error(`returned a sequence (index ${i}) whose action ${k} ${problem}`);
    });
  });
  return list as ActionCandidate[][];
}

export function checkFiltered(list: unknown): ActionSequence[] {
  if (!Array.isArray(list)) throw new Error('returned something other than an array of sequences');
  list.forEach((s, i) => {
    const seq = s as Partial<ActionSequence> | null;
    if (typeof seq !== 'object' || seq === null || !Array.isArray(seq.actions)) throw new Error(`returned an item (index ${i}) that is not a sequence`);
    checkSequences([seq.actions]);
  });
  return list as ActionSequence[];
}
