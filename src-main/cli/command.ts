import type { ConfigProblem } from '../../src-shared/domain/problems';
import type { StoreService } from '../api/use-cases/store-service';
import type { ArgSpec, ParsedArgs } from './args';

/** What a command can use: its arguments, output streams, and the store of `--data-dir`. */
export interface CommandContext {
  args: ParsedArgs;
  dataDir: string;
  /** Prints a result: `value` as one JSON document with `--json`, else the `text` lines. */
  print(value: unknown, text: () => string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Opens the store once (seeding a fresh folder like the app does); closed after the command. */
  store(): Promise<StoreService>;
  /** The strategy validator the store uses (the planner's when it is available). */
  validate(toml: string): ConfigProblem[];
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  args: ArgSpec;
  run(ctx: CommandContext): Promise<void>;
}

/** Switches most commands accept; spread into a command's `args.switches`. */
export const JSON_SWITCH = { '--json': 'json' } as const;
