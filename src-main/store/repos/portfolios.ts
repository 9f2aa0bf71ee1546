import type { PortfolioSnapshot } from '../../../src-shared/domain/portfolio';
import type { PortfolioSummary, StoredPortfolio } from '../../../src-shared/api/schemas/portfolios';
import type { Row, SqlReader, SqlWriter } from '../store-database';
import { num, str } from './row';

function toStored(row: Row): StoredPortfolio {
  const snapshot = JSON.parse(str(row, 'snapshot_json')) as PortfolioSnapshot;
  return {
    id: num(row, 'id'),
    name: str(row, 'name'),
    description: str(row, 'description'),
    portfolioHash: str(row, 'portfolio_hash'),
    createdAt: str(row, 'created_at'),
    asOf: snapshot.asOf,
    cashEur: snapshot.cashEur,
    securityCount: snapshot.securities.length,
    positionCount: snapshot.positions.length,
    snapshot,
  };
}

export function insertPortfolio(
  sql: SqlWriter,
  row: { name: string; description: string; snapshotJson: string; portfolioHash: string; createdAt: string },
): number {
  sql.run(
    'INSERT INTO portfolio_contexts (name, description, snapshot_json, portfolio_hash, created_at) VALUES (?, ?, ?, ?, ?)',
    [row.name, row.description, row.snapshotJson, row.portfolioHash, row.createdAt],
  );
  return sql.lastInsertId();
}

export function findPortfolio(sql: SqlReader, id: number): StoredPortfolio | undefined {
  const row = sql.get('SELECT * FROM portfolio_contexts WHERE id = ?', [id]);
  return row === undefined ? undefined : toStored(row);
}

export function findPortfolioByName(sql: SqlReader, name: string): StoredPortfolio | undefined {
  const row = sql.get('SELECT * FROM portfolio_contexts WHERE name = ?', [name]);
  return row === undefined ? undefined : toStored(row);
}

export function listPortfolios(sql: SqlReader): PortfolioSummary[] {
  return sql.all('SELECT * FROM portfolio_contexts ORDER BY name').map((row) => {
    const { snapshot: _snapshot, ...summary } = toStored(row);
    return summary;
  });
}
