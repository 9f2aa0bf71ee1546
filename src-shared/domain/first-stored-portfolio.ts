/**
 * The portfolio a plan uses when neither the call nor its bucket names one: the first stored
 * (lowest id), the sample portfolio on a fresh store. One rule for the planner and the UI.
 */
export function firstStoredPortfolio<T extends { id: number }>(portfolios: readonly T[]): T | undefined {
  return portfolios.reduce<T | undefined>((first, p) => (first === undefined || p.id < first.id ? p : first), undefined);
}
