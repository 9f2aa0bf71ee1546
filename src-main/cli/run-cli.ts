import { StudioError, type StudioErrorCode } from '../../src-shared/api/errors';
import type { ConfigProblem } from '../../src-shared/domain/problems';
import { openStoreService, type StoreService } from '../api/use-cases/store-service';
import { validateWithBuiltins } from '../api/builtin-catalog';
import { defaultDataDir } from '../platform/paths';
import { parseArgs, UsageError } from './args';
import type { Command } from './command';
import { commands } from './commands/index';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliOptions {
  validate?: (toml: string) => ConfigProblem[];
  commandList?: readonly Command[];
}

/** Errors in what the user gave (exit 2); anything else is a failure of ours or the system (exit 1). */
const INPUT_ERRORS: readonly StudioErrorCode[] = ['bad_request', 'not_found', 'conflict', 'invalid_config', 'invalid_file'];

function helpText(list: readonly Command[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    'Usage: planner-studio <command> [arguments] [--data-dir <dir>]',
    '',
    'Commands:',
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "planner-studio <command> --help" for its arguments.',
    '',
  ].join('\n');
}

function formatProblem(problem: ConfigProblem, file: string | undefined): string {
  const at = problem.range === undefined ? '' : `${problem.range.line}:${problem.range.column}`;
  const where = [file, at].filter((s) => s !== undefined && s !== '').join(':');
  // The validator's messages already lead with the key path; others get it prefixed.
  const keyPath = problem.path.join('.');
  const path = keyPath !== '' && !problem.message.startsWith(keyPath) ? `${keyPath}: ` : '';
  return `${where === '' ? '' : `${where}: `}${problem.severity}: ${path}${problem.message}`;
}

/**
 * Runs one command line and returns its exit code: 0 done, 2 invalid input (the message names
 * the file and line/column or key path), 1 anything else. Never prints a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo, options: CliOptions = {}): Promise<number> {
  const list = options.commandList ?? commands;
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(list));
    return name === undefined ? 2 : 0;
  }
  const command = list.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`Unknown command "${name}".\n${helpText(list)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`Usage: planner-studio ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  let store: StoreService | undefined;
  try {
    const args = parseArgs(rest, command.args, `planner-studio ${command.usage}`);
    const dataDir = args.values.dataDir ?? defaultDataDir();
    const validate = options.validate ?? validateWithBuiltins;
    await command.run({
      args,
      dataDir,
      validate,
      stdout: io.stdout,
      stderr: io.stderr,
      print: (value, text) => io.stdout(args.switches.json === true ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`),
      store: async () => (store ??= await openStoreService({ dataDir, validate })),
    });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if (error instanceof StudioError) {
      io.stderr(`${error.message}\n`);
      for (const problem of error.problems ?? []) io.stderr(`  ${formatProblem(problem, error.file)}\n`);
      return INPUT_ERRORS.includes(error.code) ? 2 : 1;
    }
    io.stderr(`planner-studio ${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    try {
      store?.db.close();
    } catch (error) {
      io.stderr(`Could not close the store cleanly: ${(error as Error).message}\n`);
    }
  }
}
