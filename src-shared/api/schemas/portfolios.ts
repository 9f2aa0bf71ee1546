import { z } from 'zod';
import { portfolioSnapshotSchema } from './portfolio';

export const portfolioSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  portfolioHash: z.string(),
  createdAt: z.string(),
  asOf: z.string(),
  cashEur: z.number(),
  securityCount: z.number().int(),
  positionCount: z.number().int(),
});
export type PortfolioSummary = z.infer<typeof portfolioSummarySchema>;

export const storedPortfolioSchema = portfolioSummarySchema.extend({ snapshot: portfolioSnapshotSchema });
export type StoredPortfolio = z.infer<typeof storedPortfolioSchema>;
