// Child process for the crash test: saves rows as fast as it can and prints "ack <n>" only after
// each save has returned, i.e. after the store confirmed it. The parent SIGKILLs it mid-flight.
import { StoreDatabase } from '../store-database';

const [dataDir, compactBytes] = process.argv.slice(2);
const store = await StoreDatabase.open({ dataDir: dataDir!, compactBytes: Number(compactBytes) });
const body = 'x'.repeat(2000);
for (let n = 1; ; n++) {
  store.write((sql) => {
    sql.run('INSERT INTO buckets (name, description, created_at) VALUES (?, ?, ?)', [`b${n}`, body, '2026-01-01T00:00:00.000Z']);
  });
  process.stdout.write(`ack ${n}\n`);
  // Let a scheduled compaction run now and then, so the kill can land inside one.
  if (n % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
}
