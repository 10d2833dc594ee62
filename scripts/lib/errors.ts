/**
 * Typed errors and diagnostics. Every problem a user can cause or meet is one of these,
 * carries where it happened (file and line when known) and the underlying cause, and is
 * printed by the CLI reporter as a single line.
 */

/** Where in a source file a problem sits. Lines are 1-based, as editors show them. */
export interface SourceLocation {
  file: string;
  line?: number;
}

export type Severity = "error" | "warning";

/** A problem found in content: reported, and fatal when its severity is "error". */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  location?: SourceLocation;
}

/** `file:line: message`, the shape editors and CI annotations understand. */
export function formatLocation(location: SourceLocation | undefined): string {
  if (!location) return "";
  return location.line === undefined ? `${location.file}: ` : `${location.file}:${location.line}: `;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const prefix = diagnostic.severity === "warning" ? "warning: " : "";
  return `${formatLocation(diagnostic.location)}${prefix}${diagnostic.message}`;
}

interface PublishErrorOptions {
  code: string;
  location?: SourceLocation;
  cause?: unknown;
}

/** Base of every error the pipeline raises on purpose. */
export class PublishError extends Error {
  readonly code: string;
  readonly location?: SourceLocation;

  constructor(message: string, options: PublishErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.location = options.location;
  }

  /** The one line a user sees. */
  toLine(): string {
    return `${formatLocation(this.location)}${this.message}`;
  }
}

/** The author's input is wrong: bad Markdown, front matter, notes, images. */
export class ContentError extends PublishError {
  /** Several content problems found in one pass, so the author can fix them all at once. */
  readonly diagnostics: Diagnostic[];

  constructor(message: string, options: PublishErrorOptions & { diagnostics?: Diagnostic[] }) {
    super(message, options);
    this.diagnostics = options.diagnostics ?? [
      { severity: "error", code: options.code, message, location: options.location },
    ];
  }

  static fromDiagnostics(diagnostics: Diagnostic[]): ContentError {
    const errors = diagnostics.filter((d) => d.severity === "error");
    const first = errors[0] ?? diagnostics[0];
    if (!first) throw new Error("fromDiagnostics needs at least one diagnostic");
    return new ContentError(first.message, { code: first.code, location: first.location, diagnostics: errors });
  }

  override toLine(): string {
    return this.diagnostics.map(formatDiagnostic).join("\n");
  }
}

/** The command line was used wrongly. */
export class UsageError extends PublishError {
  constructor(message: string) {
    super(message, { code: "usage" });
  }
}

/** A rendering stage failed (Eleventy, Chromium, Paged.js, the EPUB writer). */
export class RenderError extends PublishError {}

/** A tool the pipeline needs is missing or broken (Chromium, Java). */
export class ToolError extends PublishError {}

/** An edition read back does not match the footnote model. */
export class VerifyError extends PublishError {}

/** Wraps any thrown value so callers can rely on `PublishError`. */
export function asPublishError(error: unknown, context: string, location?: SourceLocation): PublishError {
  if (error instanceof PublishError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new RenderError(`${context}: ${detail}`, { code: "internal", location, cause: error });
}
