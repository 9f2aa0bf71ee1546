import type { EventBus } from './event-bus';

/**
 * Errors that escape every call boundary (a rejected promise nobody awaited, a throw from a
 * timer) would end the process and with it the app. Plugin code never runs here (only in
 * workers), so these are the app's own bugs; a host contains them instead: the error is logged
 * with its stack and the person is told.
 */
export function containStrayErrors(events: EventBus, log: (line: string) => void): () => void {
  const onError = strayErrorHandler(events, log);
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  return () => {
    process.off('uncaughtException', onError);
    process.off('unhandledRejection', onError);
  };
}

/** What containing one stray error does: log it with its stack, and tell the person. */
export function strayErrorHandler(events: EventBus, log: (line: string) => void): (error: unknown) => void {
  return (error) => {
    const message = error instanceof Error ? error.message : String(error);
    log(`contained an error that escaped its code: ${error instanceof Error ? error.stack : message}`);
    events.publish({
      channel: 'notice',
      event: { level: 'error', message: `An error escaped its code and was contained: ${message}. Planner Studio keeps running; its log has the details.` },
    });
  };
}
