import { defaultDataDir } from '../platform/paths';

export interface WebArgs {
  port: number;
  dataDir: string;
}

/** `--port <n|0>` (0 = any free port) and `--data-dir <dir>`; anything else is an error. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const args: WebArgs = { port: 0, dataDir: defaultDataDir() };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--port' || flag === '--data-dir') {
      if (value === undefined) throw new Error(`${flag} needs a value.`);
      i++;
      if (flag === '--port') {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, not "${value}".`);
        args.port = port;
      } else {
        args.dataDir = value;
      }
    } else {
      throw new Error(`Unknown option "${flag}". Usage: npm run web -- [--port <n|0>] [--data-dir <dir>]`);
    }
  }
  return args;
}
