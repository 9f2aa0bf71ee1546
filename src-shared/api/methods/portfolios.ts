import { z } from 'zod';
import { method } from '../method';
import { portfolioSummarySchema, storedPortfolioSchema } from '../schemas/portfolios';

export const portfoliosMethods = {
  'portfolios.list': method('Stored portfolio snapshots to plan against.', z.object({}).strict(), z.array(portfolioSummarySchema)),
  'portfolios.get': method('One stored portfolio with its snapshot.', z.object({ id: z.number().int().positive() }).strict(), storedPortfolioSchema),
  'portfolios.import': method(
    'Store a portfolio snapshot from JSON text (validated; errors name the JSON path).',
    z
      .object({
        fileName: z.string().max(260).default('portfolio.json'),
        text: z.string(),
        name: z.string().trim().min(1).max(200).optional(),
        description: z.string().max(2000).optional(),
      })
      .strict(),
    storedPortfolioSchema,
  ),
} as const;
