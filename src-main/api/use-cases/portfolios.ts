import { StudioError } from '../../../src-shared/api/errors';
import { portfolioSnapshotSchema } from '../../../src-shared/api/schemas/portfolio';
import type { PortfolioSummary, StoredPortfolio } from '../../../src-shared/api/schemas/portfolios';
import { sha256Hex } from '../../store/hash';
import { findPortfolio, findPortfolioByName, insertPortfolio, listPortfolios } from '../../store/repos/portfolios';
import type { StoreService } from './store-service';

export function listAllPortfolios(store: StoreService): PortfolioSummary[] {
  return store.db.read((sql) => listPortfolios(sql));
}

export function getPortfolio(store: StoreService, id: number): StoredPortfolio {
  const found = store.db.read((sql) => findPortfolio(sql, id));
  if (found === undefined) throw new StudioError('not_found', `No portfolio with id ${id}.`);
  return found;
}

/**
 * Stores a portfolio snapshot after checking it against the planner's schema; the error names
 * the JSON path at fault. `name` overrides the snapshot's own name.
 */
export function importPortfolio(
  store: StoreService,
  input: { json: unknown; name?: string; description?: string; fileName?: string },
): StoredPortfolio {
  const parsed = portfolioSnapshotSchema.safeParse(input.json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? issue.path.join('.') : '(root)';
    throw new StudioError('invalid_file', `${input.fileName ?? 'The portfolio'} is not a valid portfolio at ${at}: ${issue?.message ?? 'invalid'}`, {
      ...(input.fileName === undefined ? {} : { file: input.fileName }),
    });
  }
  const snapshot = { ...parsed.data, name: input.name ?? parsed.data.name };
  const snapshotJson = JSON.stringify(snapshot);
  const id = store.db.write((sql) => {
    if (findPortfolioByName(sql, snapshot.name) !== undefined) {
      throw new StudioError('conflict', `A portfolio named "${snapshot.name}" already exists.`, { field: 'name' });
    }
    return insertPortfolio(sql, {
      name: snapshot.name,
      description: input.description ?? '',
      snapshotJson,
      portfolioHash: sha256Hex(snapshotJson),
      createdAt: store.now(),
    });
  });
  store.changed('portfolios');
  return getPortfolio(store, id);
}
