import { describe, expect, it } from 'vitest';
import type { Bucket } from '../../../src-shared/api/schemas/buckets';
import type { PortfolioSummary } from '../../../src-shared/api/schemas/portfolios';
import { outcomePortfolioId } from './outcome-portfolio';

const portfolio = (id: number, name: string) => ({ id, name }) as PortfolioSummary;
const bucket = (name: string, portfolioId: number | null) => ({ name, portfolioId }) as Bucket;

describe('outcomePortfolioId', () => {
  const portfolios = [portfolio(7, 'Alpha'), portfolio(2, 'Sample'), portfolio(9, 'Zeta')];

  it("takes the portfolio of the bucket the config is planned as", () => {
    expect(outcomePortfolioId(portfolios, [bucket('core', 9)], 'core')).toBe(9);
  });

  it('otherwise the first stored (lowest id), not the first by name', () => {
    expect(outcomePortfolioId(portfolios, [bucket('core', null)], 'core')).toBe(2);
    expect(outcomePortfolioId(portfolios, [bucket('core', 9)], null)).toBe(2);
    expect(outcomePortfolioId([], [], null)).toBeNull();
  });
});
