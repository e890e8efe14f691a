export interface ProcessLogger {
  error(fields: object, message?: string): void;
}

const describe = (reason: unknown) =>
  reason instanceof Error
    ? { type: reason.name, message: reason.message, stack: reason.stack }
    : { message: String(reason) };

/**
 * A forgotten promise or a throw in a timer callback somewhere in an adapter must not take every
 * other conversation down with it: such errors are logged and the bot keeps serving. Every request
 * path already catches its own errors, so what arrives here is a bug to fix, not a state to unwind.
 * Returns a function that removes the handlers again (tests).
 */
export function installProcessHandlers(logger: ProcessLogger, target: NodeJS.Process = process): () => void {
  const onRejection = (reason: unknown) =>
    logger.error({ err: describe(reason) }, 'unhandled rejection (still running)');
  const onException = (error: Error) =>
    logger.error({ err: describe(error) }, 'uncaught exception (still running)');
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
