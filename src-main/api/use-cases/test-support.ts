import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StoreEntity } from '../../../src-shared/api/events';
import { openStoreService, type StoreService, type StoreServiceOptions } from './store-service';

/** For tests: a store in a fresh temporary folder with a clock that ticks one second per call. */
export async function openTestStore(
  options: Partial<StoreServiceOptions> = {},
): Promise<{ store: StoreService; dir: string; changes: StoreEntity[]; cleanup: () => void }> {
  const dir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'store-uc-'));
  let tick = Date.UTC(2026, 0, 1);
  const changes: StoreEntity[] = [];
  const store = await openStoreService({
    now: () => new Date((tick += 1000)).toISOString(),
    user: 'tester',
    changed: (entity) => changes.push(entity),
    ...options,
    dataDir: dir,
  });
  return {
    store,
    dir,
    changes,
    cleanup: () => {
      try {
        store.db.close();
      } catch {
        // already closed by the test
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
