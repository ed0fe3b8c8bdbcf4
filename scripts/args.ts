// The operator scripts' arguments: a bad one (an unknown option, a value missing) is answered
// with what is wrong and the script's usage line, exit status 2 — never a stack trace.
import { parseArgs, type ParseArgsConfig } from "node:util";

export function usageError(usage: string, problem?: string): never {
  console.error(`${problem ? `${problem}\n` : ""}Usage: ${usage}`);
  process.exit(2);
}

export function scriptArgs<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    return usageError(usage, (error as Error).message);
  }
}
