import { ConfigError } from '../config';

/** A command was called with wrong arguments; the message says how to call it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Errors whose message is meant for the user as it is; anything else is a bug and shows its stack. */
const USER_ERRORS = ['UsageError', 'ConfigError', 'DocumentError', 'IngestError', 'LexiconError', 'StoreUnavailableError', 'StoreCorruptError', 'StoreConflictError', 'StoreInputError'];

/** Runs a command's main function with the process arguments; prints a clear error and sets the exit code on failure. */
export function runCli(main: (argv: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const known = error instanceof Error && (error instanceof ConfigError || USER_ERRORS.includes(error.name));
    process.stderr.write(`error: ${known ? (error as Error).message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}
