import type { EventBus } from './event-bus';

/**
 * Errors that escape every call boundary — typically a plugin throwing from a timer in the main
 * thread, where plugins are imported for the catalog — would end the process and with it the
 * app. A host contains them instead: the error is logged with its stack and the person is told,
 * and the failing module keeps being handled by the breaker where it runs.
 */
export function containStrayErrors(events: EventBus, log: (line: string) => void): () => void {
  const onError = (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    log(`contained an error that escaped its code: ${error instanceof Error ? error.stack : message}`);
    events.publish({
      channel: 'notice',
      event: {
        level: 'error',
        message: `An error escaped its code and was contained: ${message}. If a plugin caused it, remove that plugin from the plugins folder.`,
      },
    });
  };
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  return () => {
    process.off('uncaughtException', onError);
    process.off('unhandledRejection', onError);
  };
}
