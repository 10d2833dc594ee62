/**
 * The footnote model: the one place that decides each note's number.
 *
 * Numbers follow the reading order of first reference (what markdown-it-footnote does with
 * its ids), each note keeps the source line of its definition and of every call, and
 * problems are reported as diagnostics with file and line instead of being rendered as
 * literal `[^x]` or silently dropped.
 */
import { metaOf, type MarkdownIt, type StateCore, type Token } from "./markdown-types.ts";
import type { Diagnostic } from "../errors.ts";

export interface NoteCall {
  /** The note's number, as every edition prints it. */
  number: number;
  /** 0 for the first call of a note, 1 for its second call... */
  occurrence: number;
  /** 1-based line in the source file. */
  line: number;
  /** Index in the document's top-level token stream of the inline token holding the call. */
  tokenIndex: number;
}

export interface Note {
  number: number;
  /** markdown-it-footnote's id (number - 1 today, but renderers must not rely on that). */
  pluginId: number;
  /** Label as written (`[^label]`), absent for inline notes `^[...]`. */
  label?: string;
  inline: boolean;
  /** 1-based line of the definition (of the call, for an inline note). */
  line: number;
  calls: NoteCall[];
  /** Plain text of the note, whitespace collapsed: what a reader sees, for the verifier. */
  text: string;
}

export interface FootnoteModel {
  /** Notes ordered by number (1, 2, 3...). */
  notes: Note[];
  /** Every call in reading order. */
  calls: NoteCall[];
  diagnostics: Diagnostic[];
}

/** What the model needs from markdown-it's env, filled by `parseMarkdown`. */
export interface FootnoteEnv {
  sourcePath: string;
  /** Lines taken by front matter, so token line maps can be turned into file lines. */
  lineOffset: number;
  footnoteModel?: FootnoteModel;
  footnotes?: { refs?: Record<string, number>; list?: Array<{ label?: string; content?: string; tokens?: Token[] }> };
}

interface DefinitionSite {
  label: string;
  line: number;
}

const undefinedReference = /\[\^([^\]\s]+)\]/g;

/** Registers the core rule that builds the model; runs after inline parsing, before the plugin's tail. */
export function footnoteModelPlugin(md: MarkdownIt): void {
  md.core.ruler.before("footnote_tail", "footnote_model", (state: StateCore) => {
    const env = state.env as unknown as FootnoteEnv;
    env.footnoteModel = buildModel(state.tokens, env);
  });
  // Last of all, once typographic quotes are applied and adjacent text is joined: what a reader sees.
  md.core.ruler.push("footnote_model_finish", (state: StateCore) => {
    const env = state.env as unknown as FootnoteEnv;
    const model = env.footnoteModel;
    if (!model) return;
    fillNoteTexts(state.tokens, model);
    reportUndefinedReferences(state.tokens, env, model.diagnostics);
    model.diagnostics.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  });
}

function buildModel(tokens: Token[], env: FootnoteEnv): FootnoteModel {
  const file = env.sourcePath;
  const toFileLine = (mapLine: number): number => mapLine + 1 + env.lineOffset;
  const diagnostics: Diagnostic[] = [];
  const definitions: DefinitionSite[] = [];
  const notesByPluginId = new Map<number, Note>();
  const calls: NoteCall[] = [];
  let lastMappedLine = 0;

  tokens.forEach((token, tokenIndex) => {
    if (token.map) lastMappedLine = token.map[0];
    if (token.type === "footnote_reference_open") {
      const label = String(metaOf(token).label ?? "");
      definitions.push({ label, line: toFileLine(firstMappedLine(tokens, tokenIndex) ?? lastMappedLine) });
      return;
    }
    if (token.type !== "inline" || !token.children) return;
    let line = toFileLine(token.map ? token.map[0] : lastMappedLine);
    for (const child of token.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") line++;
      if (child.type !== "footnote_ref") continue;
      const pluginId = Number(metaOf(child).id);
      let note = notesByPluginId.get(pluginId);
      if (!note) {
        const label = metaOf(child).label as string | undefined;
        note = {
          number: notesByPluginId.size + 1,
          pluginId,
          label,
          inline: label === undefined,
          line,
          calls: [],
          text: "",
        };
        notesByPluginId.set(pluginId, note);
      }
      const call: NoteCall = { number: note.number, occurrence: note.calls.length, line, tokenIndex };
      metaOf(child).number = note.number;
      metaOf(child).occurrence = call.occurrence;
      note.calls.push(call);
      calls.push(call);
    }
  });

  const notes = [...notesByPluginId.values()];
  checkDefinitions(definitions, notes, file, diagnostics);
  return { notes, calls, diagnostics };
}

function checkDefinitions(definitions: DefinitionSite[], notes: Note[], file: string, diagnostics: Diagnostic[]): void {
  const byLabel = new Map<string, DefinitionSite>();
  for (const definition of definitions) {
    const earlier = byLabel.get(definition.label);
    if (earlier) {
      diagnostics.push({
        severity: "error",
        code: "footnote-duplicate-label",
        message: `footnote [^${definition.label}] is defined twice (first at line ${earlier.line})`,
        location: { file, line: definition.line },
      });
      continue;
    }
    byLabel.set(definition.label, definition);
  }
  const called = new Set(notes.map((note) => note.label).filter((label) => label !== undefined));
  for (const note of notes) {
    const site = note.label === undefined ? undefined : byLabel.get(note.label);
    if (site) note.line = site.line;
  }
  for (const [label, site] of byLabel) {
    if (called.has(label)) continue;
    diagnostics.push({
      severity: "warning",
      code: "footnote-unused",
      message: `footnote [^${label}] is defined but never called; it will not be printed`,
      location: { file, line: site.line },
    });
  }
}

/** A `[^x]` left as text means no definition matched it: markdown-it-footnote would print it literally. */
function reportUndefinedReferences(tokens: Token[], env: FootnoteEnv, diagnostics: Diagnostic[]): void {
  let mapped = 0;
  for (const token of tokens) {
    if (token.map) mapped = token.map[0];
    if (token.type !== "inline" || !token.children) continue;
    let line = (token.map ? token.map[0] : mapped) + 1 + env.lineOffset;
    for (const child of token.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") line++;
      if (child.type !== "text") continue;
      for (const match of child.content.matchAll(undefinedReference)) {
        diagnostics.push({
          severity: "error",
          code: "footnote-undefined",
          message: `footnote [^${match[1]}] is called but never defined`,
          location: { file: env.sourcePath, line },
        });
      }
    }
  }
}

function firstMappedLine(tokens: Token[], from: number): number | undefined {
  for (let i = from + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.type === "footnote_reference_close") return undefined;
    if (token.map) return token.map[0];
  }
  return undefined;
}

/** After the plugin has gathered note bodies at the end, record each note's visible text. */
function fillNoteTexts(tokens: Token[], model: FootnoteModel): void {
  const byPluginId = new Map(model.notes.map((note) => [note.pluginId, note]));
  let current: Note | undefined;
  let parts: string[] = [];
  for (const token of tokens) {
    if (token.type === "footnote_open") {
      current = byPluginId.get(Number(metaOf(token).id));
      parts = [];
    } else if (token.type === "footnote_close") {
      if (current) current.text = collapseWhitespace(parts.join(" "));
      current = undefined;
    } else if (current && token.type === "inline") {
      parts.push(inlineText(token.children ?? []));
    }
  }
}

function inlineText(children: Token[]): string {
  return children
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return " ";
      if (child.type === "footnote_ref") return String(metaOf(child).number ?? "");
      if (child.type === "image") return inlineText(child.children ?? []);
      return "";
    })
    .join("");
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
