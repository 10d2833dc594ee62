/**
 * How the plugin's problems reach a site's author: an error Eleventy reports like its own,
 * whose message is the pipeline's one line per problem, `file:line: message`.
 */
import { errorLine } from "../cli/reporter.ts";

export class FootnotePressError extends Error {
  override readonly name = "FootnotePressError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  /** Any thrown value as the lines the build prints for it (a ContentError gives one per problem). */
  static from(error: unknown): FootnotePressError {
    if (error instanceof FootnotePressError) return error;
    return new FootnotePressError(errorLine(error), { cause: error });
  }
}
