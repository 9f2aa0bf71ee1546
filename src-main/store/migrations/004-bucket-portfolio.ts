/**
 * A bucket plans against a portfolio of its own (a bucket is a sub-portfolio: its positions,
 * cash and targets). Null: the first stored portfolio, as every bucket did before.
 */
export const migration004 = {
  id: 4,
  name: 'bucket-portfolio',
  sql: `
ALTER TABLE buckets ADD COLUMN portfolio_id INTEGER REFERENCES portfolio_contexts(id);
`,
} as const;
