import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';
import { assignVersion, bucketLane, currentConfigOfBucket, listAllBuckets, rollbackBucket, setPortfolioOfBucket } from '../use-cases/buckets';

export function bucketsHandlers(
  ctx: StudioContext,
): HandlersOf<'buckets.list' | 'buckets.assign' | 'buckets.rollback' | 'buckets.lane' | 'buckets.setPortfolio' | 'buckets.current'> {
  return {
    'buckets.list': async () => listAllBuckets(ctx.store),
    'buckets.assign': async ({ bucket, configId }) => assignVersion(ctx.store, bucket, configId),
    'buckets.rollback': async ({ bucket, name, version }) => rollbackBucket(ctx.store, bucket, name, version),
    'buckets.lane': async ({ bucket }) => bucketLane(ctx.store, bucket),
    'buckets.setPortfolio': async ({ bucket, portfolioId }) => setPortfolioOfBucket(ctx.store, bucket, portfolioId),
    'buckets.current': async ({ bucket }) => currentConfigOfBucket(ctx.store, bucket),
  };
}
