import { z } from 'zod';
import type { ConfigProblem } from '../domain/problems';
import { configProblemSchema } from './schemas/problems';

/**
 * Errors cross the transport as data (Electron's `ipcMain.handle` keeps only `error.message`),
 * so every failure is a `StudioErrorData` with a code the UI can act on and, where the cause is
 * in user input, where it is.
 */
export const studioErrorCodes = [
  'bad_request', // the request failed its schema (names the field)
  'forbidden', // the web host refused the caller (token, Host, Origin)
  'not_found', // unknown method or entity
  'conflict', // state forbids the operation (e.g. a name already taken)
  'invalid_config', // a strategy file failed validation (see `problems`)
  'invalid_file', // a file is too big, binary, not UTF-8, or malformed
  'cancelled', // the user (or a newer request) cancelled the work
  'unavailable', // a dependency such as the store could not be reached
  'internal', // a bug: message only, never a stack
] as const;
export type StudioErrorCode = (typeof studioErrorCodes)[number];

export const studioErrorDataSchema = z.object({
  code: z.enum(studioErrorCodes),
  message: z.string(),
  /** The request field at fault, as a dotted path (bad_request). */
  field: z.string().optional(),
  /** The file at fault and where (invalid_file, invalid_config from a file). */
  file: z.string().optional(),
  problems: z.array(configProblemSchema).optional(),
});
export type StudioErrorData = z.infer<typeof studioErrorDataSchema>;

export class StudioError extends Error {
  readonly code: StudioErrorCode;
  readonly field?: string;
  readonly file?: string;
  readonly problems?: readonly ConfigProblem[];

  constructor(
    code: StudioErrorCode,
    message: string,
    details: { field?: string; file?: string; problems?: readonly ConfigProblem[] } = {},
  ) {
    super(message);
    this.name = 'StudioError';
    this.code = code;
    this.field = details.field;
    this.file = details.file;
    this.problems = details.problems;
  }

  toData(): StudioErrorData {
    const data: StudioErrorData = { code: this.code, message: this.message };
    if (this.field !== undefined) data.field = this.field;
    if (this.file !== undefined) data.file = this.file;
    if (this.problems !== undefined) data.problems = [...this.problems];
    return data;
  }

  static fromData(data: StudioErrorData): StudioError {
    return new StudioError(data.code, data.message, data);
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StudioErrorData };

/** The HTTP status the web host answers with for each error code. */
export const HTTP_STATUS_OF: Readonly<Record<StudioErrorCode, number>> = {
  bad_request: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_config: 422,
  invalid_file: 422,
  cancelled: 499,
  unavailable: 503,
  internal: 500,
};
