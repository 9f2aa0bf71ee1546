// Child process for the crash test: saves config versions as fast as it can and prints
// "ack <version>" only after each save returned. The parent SIGKILLs it mid-flight.
import { createVersion } from '../configs';
import { openStoreService } from '../store-service';

const [dataDir, compactBytes] = process.argv.slice(2);
const store = await openStoreService({ dataDir: dataDir!, seed: false, compactBytes: Number(compactBytes) });
for (let n = 1; ; n++) {
  const saved = createVersion(store, { name: 'crash', title: 'Crash test', toml: `[planner]\nmax_depth = ${(n % 10) + 1}\n# ${'x'.repeat(3000)}\n` });
  process.stdout.write(`ack ${saved.version}\n`);
  if (n % 20 === 0) await new Promise((resolve) => setImmediate(resolve)); // let compactions run
}
