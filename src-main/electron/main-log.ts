import fs from 'node:fs';
import path from 'node:path';

/**
 * Main-process problems (crashes in handlers, failed starts) as one line each in
 * `<logs>/main.log`; stacks stay here and never cross to the UI.
 */
export function createMainLog(logDir: string): (message: string, error?: unknown) => void {
  const file = path.join(logDir, 'main.log');
  return (message, error) => {
    const detail = error instanceof Error ? ` ${error.stack ?? error.message}` : error === undefined ? '' : ` ${String(error)}`;
    try {
      fs.mkdirSync(logDir, { recursive: true });
      fs.appendFileSync(file, `${new Date().toISOString()} ${message}${detail}\n`);
    } catch {
      // Nowhere left to report to; stderr still shows it when started from a terminal.
    }
    process.stderr.write(`${message}${detail}\n`);
  };
}
