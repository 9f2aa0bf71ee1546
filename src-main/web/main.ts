import path from 'node:path';
import { containStrayErrors } from '../api/stray-errors';
import { openStudio } from '../api/studio';
import { resourcesDir } from '../platform/paths';
import { parseWebArgs } from './args';
import { startWebHost } from './server';

/** `npm run web`: the whole app in a browser, on 127.0.0.1, behind a per-launch token. */
async function main(): Promise<void> {
  let args;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const studio = await openStudio({ host: 'web', dataDir: args.dataDir });
  containStrayErrors(studio.events, (line) => process.stderr.write(`${line}\n`));
  const host = await startWebHost({
    studio,
    port: args.port,
    rendererDir: path.join(resourcesDir(), 'out', 'renderer'),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`Planner Studio web host: ${host.url}\n`);
  const shutdown = async (): Promise<void> => {
    try {
      await host.close();
      await studio.close();
      process.exit(0);
    } catch (error) {
      // e.g. the store's last snapshot could not be written; the journal still holds every save
      process.stderr.write(`Planner Studio web host: closing failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  process.stderr.write(`Planner Studio web host failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
