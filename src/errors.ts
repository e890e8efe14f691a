/**
 * What every error the app raises on purpose (bad configuration, a bad dataset, a failed start-up,
 * an ingest that cannot account for a number) has in common: a stable `code` to branch on, a message
 * written for the operator, and the underlying error as `cause` when there was one. Entry points
 * print `message` as one line and stop; they never need to inspect the class.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Configuration an operator has to fix; one problem per variable, each naming it. */
export class ConfigError extends AppError {
  constructor(
    readonly problems: string[],
    heading = 'Invalid configuration',
  ) {
    super('config', `${heading}:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Something the operator has to fix before the bot can run; the message says what and where. */
export class StartupError extends AppError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('startup', message, options);
  }
}
