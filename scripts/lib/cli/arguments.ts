/** Command-line parsing shared by every command: node's parseArgs, with its errors as one-line UsageErrors. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "../errors.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseCommandLine<T extends Options>(argv: readonly string[], options: T, usage?: string) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    // parseArgs explains at length ("To specify a positional argument..."); the first sentence is the news.
    const message = error instanceof Error ? error.message : String(error);
    const first = message.split(/\.\s|\n/u)[0] ?? "invalid arguments";
    throw new UsageError(usage ? `${first}\n${usage}` : first);
  }
}
