import fs from 'node:fs';
import path from 'node:path';

export const logLevels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

/** The structured part of a log line; anything else goes to `fields`. */
export interface LogContext {
  bucket?: string | null;
  module?: string | null;
  runId?: string | null;
  elapsedMs?: number | null;
  fields?: Record<string, unknown>;
}

export interface LogLine {
  time: string;
  level: LogLevel;
  bucket: string | null;
  module: string | null;
  runId: string | null;
  message: string;
  fields: Record<string, unknown>;
  elapsedMs: number | null;
}

export interface JsonLinesLoggerOptions {
  /** The log file, e.g. `<dataDir>/logs/planner.log`; its folder is created. */
  file: string;
  level?: LogLevel;
  /** Size at which the file is rotated to `.1` (older ones shift to `.2` …). Default 5 MB. */
  maxBytes?: number;
  /** Rotated files kept besides the live one. Default 3. */
  maxFiles?: number;
  now?: () => Date;
}

/** Accepts a level name from settings or the environment; unknown names are an error, not a silent default. */
export function parseLogLevel(value: string): LogLevel {
  const level = value.trim().toLowerCase();
  if ((logLevels as readonly string[]).includes(level)) return level as LogLevel;
  throw new Error(`Unknown log level "${value}"; use one of ${logLevels.join(', ')}.`);
}

/**
 * Structured logging: one JSON object per line (time, level, bucket, module, run id, message,
 * fields, elapsed), appended synchronously so a crash never loses the line that explains it,
 * and rotated by size so the data folder cannot fill up. A log that cannot be written never
 * breaks planning: the error is counted and the line dropped.
 */
export class JsonLinesLogger {
  private level: LogLevel;
  private readonly maxBytes: number;
  private readonly maxFiles: number;
  private readonly now: () => Date;
  private size: number;
  /** Lines that could not be written (disk full, folder removed). */
  dropped = 0;

  constructor(private readonly options: JsonLinesLoggerOptions) {
    this.level = options.level ?? 'info';
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.maxFiles = Math.max(1, options.maxFiles ?? 3);
    this.now = options.now ?? (() => new Date());
    fs.mkdirSync(path.dirname(options.file), { recursive: true });
    this.size = fs.existsSync(options.file) ? fs.statSync(options.file).size : 0;
  }

  get file(): string {
    return this.options.file;
  }

  setLevel(level: LogLevel): void {
    this.level = level;
  }

  enabled(level: LogLevel): boolean {
    return logLevels.indexOf(level) >= logLevels.indexOf(this.level);
  }

  debug(message: string, context: LogContext = {}): void {
    this.log('debug', message, context);
  }
  info(message: string, context: LogContext = {}): void {
    this.log('info', message, context);
  }
  warn(message: string, context: LogContext = {}): void {
    this.log('warn', message, context);
  }
  error(message: string, context: LogContext = {}): void {
    this.log('error', message, context);
  }

  log(level: LogLevel, message: string, context: LogContext = {}): void {
    if (!this.enabled(level)) return;
    const line: LogLine = {
      time: this.now().toISOString(),
      level,
      bucket: context.bucket ?? null,
      module: context.module ?? null,
      runId: context.runId ?? null,
      message,
      fields: context.fields ?? {},
      elapsedMs: context.elapsedMs ?? null,
    };
    const text = `${safeStringify(line)}\n`;
    const bytes = Buffer.byteLength(text, 'utf8');
    try {
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
      fs.appendFileSync(this.options.file, text, 'utf8');
      this.size += bytes;
    } catch {
      this.dropped++;
    }
  }

  /** planner.log → planner.log.1 → … → planner.log.<maxFiles>; the oldest is deleted. */
  private rotate(): void {
    const file = this.options.file;
    fs.rmSync(`${file}.${this.maxFiles}`, { force: true });
    for (let i = this.maxFiles - 1; i >= 1; i--) {
      if (fs.existsSync(`${file}.${i}`)) fs.renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    }
    fs.renameSync(file, `${file}.1`);
    this.size = 0;
  }
}

/** JSON.stringify that survives what callers put in `fields`: errors, bigints, cycles. */
function safeStringify(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v instanceof Error) return { name: v.name, message: v.message };
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) return '[circular]';
      seen.add(v);
    }
    return v;
  });
}
