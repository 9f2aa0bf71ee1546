import { StudioError, type Result } from '../../src-shared/api/errors';
import { isMethodName, studioContract } from '../../src-shared/api/contract';
import type { StudioHandlers } from './handlers';

/**
 * The one entry both transports call: look the method up, validate the request against its
 * schema, run the handler, and turn every outcome into data. A handler's unexpected error
 * becomes `internal` with its message only: stacks stay in the main process's log.
 */
export async function dispatch(
  handlers: StudioHandlers,
  methodName: string,
  rawRequest: unknown,
  onInternalError: (method: string, error: unknown) => void = () => {},
): Promise<Result<unknown>> {
  if (!isMethodName(methodName)) {
    return { ok: false, error: { code: 'not_found', message: `Unknown API method "${methodName}".` } };
  }
  const parsed = studioContract[methodName].request.safeParse(rawRequest ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    const where = field === '' ? 'the request' : `field "${field}"`;
    return {
      ok: false,
      error: { code: 'bad_request', message: `Invalid ${where} of ${methodName}: ${issue?.message ?? 'invalid'}`, field },
    };
  }
  try {
    const handler = handlers[methodName] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof StudioError) return { ok: false, error: error.toData() };
    onInternalError(methodName, error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `${methodName} failed: ${message}` } };
  }
}
