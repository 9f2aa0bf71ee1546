import os from 'node:os';
import type { StoreEntity } from '../../../src-shared/api/events';
import type { ConfigProblem } from '../../../src-shared/domain/problems';
import { StoreDatabase } from '../../store/store-database';
import { seedFirstLaunch } from '../../store/seed';
import { tomlSyntaxProblems } from './toml-syntax-check';

/**
 * What every store use case needs: the database, the validation port (the planner's validator,
 * injected so the store never imports the planner), change notification for the UI, a clock
 * and the name recorded as author.
 */
export interface StoreService {
  readonly db: StoreDatabase;
  validate(toml: string): ConfigProblem[];
  changed(entity: StoreEntity): void;
  now(): string;
  readonly user: string;
}

export interface StoreServiceOptions {
  dataDir: string;
  validate?: (toml: string) => ConfigProblem[];
  changed?: (entity: StoreEntity) => void;
  now?: () => string;
  user?: string;
  /** Seed built-in presets, the core bucket and the sample portfolio on first launch (default true). */
  seed?: boolean;
  compactBytes?: number;
}

function currentUser(): string {
  try {
    return os.userInfo().username || 'user';
  } catch {
    return 'user';
  }
}

export async function openStoreService(options: StoreServiceOptions): Promise<StoreService> {
  const db = await StoreDatabase.open({ dataDir: options.dataDir, compactBytes: options.compactBytes });
  const service: StoreService = {
    db,
    validate: options.validate ?? tomlSyntaxProblems,
    changed: options.changed ?? (() => {}),
    now: options.now ?? (() => new Date().toISOString()),
    user: options.user ?? currentUser(),
  };
  try {
    if (options.seed !== false) seedFirstLaunch(db, service.now());
  } catch (error) {
    db.close();
    throw error;
  }
  return service;
}
