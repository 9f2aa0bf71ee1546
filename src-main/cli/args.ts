/** Thrown for anything the user typed wrong; the CLI prints it and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What a command accepts: flags with a value (`--name N`), switches (`--json`), positionals. */
export interface ArgSpec {
  /** Positional argument names, in order; a trailing `?` marks an optional one. */
  positionals: readonly string[];
  /** Flags taking a value, with their aliases, e.g. `{ '-o': 'out', '--out': 'out' }`. */
  values?: Readonly<Record<string, string>>;
  /** Flags without a value, e.g. `{ '--json': 'json' }`. */
  switches?: Readonly<Record<string, string>>;
}

export interface ParsedArgs {
  positionals: Record<string, string | undefined>;
  values: Record<string, string | undefined>;
  switches: Record<string, boolean>;
}

/** Every command takes these. */
export const COMMON_VALUES = { '--data-dir': 'dataDir' } as const;

export function parseArgs(argv: readonly string[], spec: ArgSpec, usage: string): ParsedArgs {
  const values: Record<string, string | undefined> = {};
  const switches: Record<string, boolean> = {};
  const rest: string[] = [];
  const valueFlags: Record<string, string> = { ...COMMON_VALUES, ...spec.values };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (valueFlags[flag] !== undefined) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value. Usage: ${usage}`);
      values[valueFlags[flag]!] = value;
    } else if (spec.switches?.[arg] !== undefined) {
      switches[spec.switches[arg]!] = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`Unknown option "${arg}". Usage: ${usage}`);
    } else {
      rest.push(arg);
    }
  }
  const required = spec.positionals.filter((p) => !p.endsWith('?')).length;
  if (rest.length < required || rest.length > spec.positionals.length) {
    throw new UsageError(`Expected ${required === spec.positionals.length ? required : `${required} to ${spec.positionals.length}`} argument(s), got ${rest.length}. Usage: ${usage}`);
  }
  const positionals: Record<string, string | undefined> = {};
  spec.positionals.forEach((name, index) => (positionals[name.replace(/\?$/, '')] = rest[index]));
  return { positionals, values, switches };
}

export function positiveInt(value: string, what: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`${what} must be a positive whole number, not "${value}".`);
  return Number(value);
}
