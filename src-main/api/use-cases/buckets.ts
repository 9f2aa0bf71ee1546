import { StudioError } from '../../../src-shared/api/errors';
import type { Assignment, Bucket } from '../../../src-shared/api/schemas/buckets';
import type { ConfigVersion } from '../../../src-shared/api/schemas/configs';
import {
  assignmentHistory,
  currentAssignment,
  findBucket,
  findBucketId,
  insertAssignment,
  insertBucket,
  listBuckets,
  setBucketPortfolio,
} from '../../store/repos/buckets';
import { findPortfolio } from '../../store/repos/portfolios';
import { findVersion, findVersionByNumber } from '../../store/repos/configs';
import { getVersion } from './configs';
import type { StoreService } from './store-service';

export function listAllBuckets(store: StoreService): Bucket[] {
  return store.db.read((sql) => listBuckets(sql));
}

export function bucketLane(store: StoreService, bucket?: string): Assignment[] {
  if (bucket !== undefined && store.db.read((sql) => findBucketId(sql, bucket)) === undefined) {
    throw new StudioError('not_found', `No bucket named "${bucket}".`);
  }
  return store.db.read((sql) => assignmentHistory(sql, bucket));
}

function getBucket(store: StoreService, bucket: string): Bucket {
  const found = store.db.read((sql) => findBucket(sql, bucket));
  if (found === undefined) throw new StudioError('not_found', `No bucket named "${bucket}".`);
  return found;
}

/** Chooses the stored portfolio a bucket plans against; null goes back to the first stored one. */
export function setPortfolioOfBucket(store: StoreService, bucket: string, portfolioId: number | null): Bucket {
  const { id } = getBucket(store, bucket);
  store.db.write((sql) => {
    if (portfolioId !== null && findPortfolio(sql, portfolioId) === undefined) {
      throw new StudioError('not_found', `No stored portfolio with id ${portfolioId}.`, { field: 'portfolioId' });
    }
    setBucketPortfolio(sql, id, portfolioId);
  });
  store.changed('buckets');
  return getBucket(store, bucket);
}

/** The portfolio a bucket plans against: its own, or undefined (the first stored one) if it has none. */
export function portfolioOfBucket(store: StoreService, bucket: string): number | undefined {
  return store.db.read((sql) => findBucket(sql, bucket))?.portfolioId ?? undefined;
}

/** The version a bucket plans with now. */
export function currentConfigOfBucket(store: StoreService, bucket: string): ConfigVersion {
  const current = store.db.read((sql) => currentAssignment(sql, bucket));
  if (current === undefined) {
    const exists = store.db.read((sql) => findBucketId(sql, bucket)) !== undefined;
    throw new StudioError('not_found', exists ? `Bucket "${bucket}" has no config assigned.` : `No bucket named "${bucket}".`);
  }
  return getVersion(store, current.configId);
}

/**
 * Points a bucket at a version (creating the bucket on first use). Each assignment is a new row,
 * never an update, so the lane of "which version was active in the bucket when" stays complete.
 */
export function assignVersion(
  store: StoreService,
  bucket: string,
  configId: number,
  reason: 'assign' | 'rollback' = 'assign',
): Assignment {
  store.db.write((sql) => {
    if (findVersion(sql, configId) === undefined) throw new StudioError('not_found', `No config version with id ${configId}.`);
    const bucketId = findBucketId(sql, bucket) ?? insertBucket(sql, bucket, '', store.now());
    insertAssignment(sql, { bucketId, configId, assignedAt: store.now(), assignedBy: store.user, reason });
  });
  store.changed('buckets');
  store.changed('configs');
  const current = store.db.read((sql) => currentAssignment(sql, bucket));
  if (current === undefined) throw new StudioError('internal', `Assignment to "${bucket}" was not recorded.`);
  return current;
}

/**
 * Rollback: the bucket goes back to an earlier version of a config. Unlike restore it creates
 * no version; it only moves the bucket, and the lane records it as a rollback.
 */
export function rollbackBucket(store: StoreService, bucket: string, name: string, version: number): Assignment {
  const target = store.db.read((sql) => findVersionByNumber(sql, name, version));
  if (target === undefined) throw new StudioError('not_found', `Config "${name}" has no version ${version}.`);
  const current = store.db.read((sql) => currentAssignment(sql, bucket));
  if (current === undefined) {
    throw new StudioError('not_found', `Bucket "${bucket}" has no assignment to roll back.`);
  }
  if (current.configId === target.id) {
    throw new StudioError('conflict', `Bucket "${bucket}" already uses ${name}@${version}.`);
  }
  return assignVersion(store, bucket, target.id, 'rollback');
}
