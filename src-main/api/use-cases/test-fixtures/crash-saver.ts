// Child process for the crash test: saves config versions as fast as it can and prints
// "ack <version>" only after each save returned. The parent SIGKILLs it mid-flight.
import { StudioError } from '../../../../src-shared/api/errors';
import { createVersion, getActive } from '../configs';
import { openStoreService } from '../store-service';

const [dataDir, compactBytes] = process.argv.slice(2);
const store = await openStoreService({ dataDir: dataDir!, seed: false, compactBytes: Number(compactBytes) });
/** The number the next save gets, so each version's text follows from its number in every run. */
function nextVersion(): number {
  try {
    return getActive(store, 'crash').version + 1;
  } catch (error) {
    if (error instanceof StudioError && error.code === 'not_found') return 1;
    throw error;
  }
}
for (let n = nextVersion(); ; n++) {
  const saved = createVersion(store, { name: 'crash', title: 'Crash test', toml: `[planner]\nmax_depth = ${(n % 10) + 1}\n# ${'x'.repeat(3000)}\n` });
  process.stdout.write(`ack ${saved.version}\n`);
  if (n % 20 === 0) await new Promise((resolve) => setImmediate(resolve)); // let compactions run
}
