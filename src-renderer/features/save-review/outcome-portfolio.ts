import type { Bucket } from '../../../src-shared/api/schemas/buckets';
import type { PortfolioSummary } from '../../../src-shared/api/schemas/portfolios';
import { firstStoredPortfolio } from '../../../src-shared/domain/first-stored-portfolio';

/**
 * The portfolio the save review plans on unless the person picks one: the portfolio of the bucket
 * the config is planned as, else the first stored one, as the planner itself does.
 */
export function outcomePortfolioId(portfolios: readonly PortfolioSummary[], buckets: readonly Bucket[], bucket: string | null): number | null {
  const own = buckets.find((b) => b.name === bucket)?.portfolioId;
  if (own != null && portfolios.some((p) => p.id === own)) return own;
  return firstStoredPortfolio(portfolios)?.id ?? null;
}
