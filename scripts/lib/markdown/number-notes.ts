/**
 * Numbers every note once, in reading order, and records every call.
 *
 * The body is read from the top, skipping definitions where they are written; when a call
 * reaches a note not yet numbered, the note takes the next number and its own text is read
 * at once, so notes it calls come right after it. A note is read only the first time it is
 * reached, which also ends any cycle of notes that call each other.
 */
import type { Diagnostic } from "../errors.ts";
import type { FootnoteEnv, FootnoteModel, Note, NoteCall } from "./footnote-types.ts";
import { metaOf, type Token } from "./markdown-types.ts";
import { invisibleInLabel, invisibleNote } from "./footnote-checks.ts";

interface Definition {
  label: string;
  line: number;
  /** Tokens between footnote_reference_open and its close, nested definitions included. */
  tokens: Token[];
}

/** Calls by their token, so they can be found again once the plugin has moved the notes. */
const callOfToken = new WeakMap<Token, NoteCall>();

/** `source`: the text the tokens were parsed from, where an empty definition's line is found. */
export function numberNotes(tokens: Token[], env: FootnoteEnv, model: FootnoteModel, source = ""): void {
  const toFileLine = (mapLine: number): number => mapLine + 1 + env.lineOffset;
  const { body, definitions } = separateDefinitions(tokens, toFileLine, source.split("\n"));
  const byPluginId = new Map<number, Note>();
  const list = env.footnotes?.list ?? [];

  const readNoteText = (note: Note, callLine: number): void => {
    if (note.label === undefined) {
      readInline(list[note.pluginId]?.tokens ?? [], callLine, note.number);
      return;
    }
    const definition = definitions.get(note.label);
    if (definition) readBlocks(definition.tokens, note.number);
  };

  const call = (token: Token, line: number, withinNote: number | undefined, followsCall: boolean, opensParagraph: boolean, placeInRun: number, followsImage: boolean): void => {
    const pluginId = Number(metaOf(token).id);
    let note = byPluginId.get(pluginId);
    const isNew = !note;
    if (!note) {
      const label = metaOf(token).label as string | undefined;
      note = { number: byPluginId.size + 1, pluginId, label, inline: label === undefined, line, calls: [], text: "" };
      byPluginId.set(pluginId, note);
    }
    const noteCall: NoteCall = { number: note.number, occurrence: note.calls.length, line, tokenIndex: -1, followsCall };
    if (withinNote !== undefined) noteCall.withinNote = withinNote;
    if (opensParagraph) noteCall.opensParagraph = true;
    if (followsImage) noteCall.followsImage = true;
    if (placeInRun > 0) noteCall.placeInRun = placeInRun;
    metaOf(token).number = note.number;
    metaOf(token).occurrence = noteCall.occurrence;
    metaOf(token).followsCall = followsCall;
    callOfToken.set(token, noteCall);
    note.calls.push(noteCall);
    model.calls.push(noteCall);
    if (isNew) readNoteText(note, line);
  };

  function readInline(children: Token[], firstLine: number, withinNote: number | undefined): void {
    let line = firstLine;
    let previous: Token | undefined;
    let textBefore = false;
    let run = 0;
    let afterImage = false;
    for (const child of children) {
      if (child.type === "softbreak" || child.type === "hardbreak") line++;
      if (child.type === "citation") (model.citations ??= []).push({ token: child, children, withinNote, line });
      if (child.type === "footnote_ref") call(child, line, withinNote, previous?.type === "footnote_ref", !textBefore, run++, afterImage);
      else if (child.type !== "text" || child.content.trim() !== "") {
        textBefore = true;
        run = 0;
        afterImage = child.type === "image";
      }
      previous = child;
    }
  }

  function readBlocks(blockTokens: Token[], withinNote: number | undefined): void {
    let lastMapped = 0;
    for (const token of blockTokens) {
      if (token.map) lastMapped = token.map[0];
      if (token.type === "inline" && token.children) readInline(token.children, toFileLine(token.map ? token.map[0] : lastMapped), withinNote);
    }
  }

  readBlocks(body, undefined);
  model.notes.push(...byPluginId.values());
  for (const note of model.notes) {
    const definition = note.label === undefined ? undefined : definitions.get(note.label);
    if (definition) note.line = definition.line;
  }
  model.diagnostics.push(...definitionProblems(definitions, model.notes, env.sourcePath));
}

/** The first line from `from` that opens the definition of `label`. */
function labelLine(lines: readonly string[], label: string, from: number): number | undefined {
  const opening = `[^${label}]:`;
  for (let index = from; index < lines.length; index++) if ((lines[index] as string).includes(opening)) return index;
  return undefined;
}

type Definitions = Map<string, Definition> & { duplicates: Definition[]; nested: Array<{ inner: Definition; outer: Definition }> };

/** The body without any definition, and each definition's tokens by label (the first one wins). */
function separateDefinitions(tokens: Token[], toFileLine: (mapLine: number) => number, sourceLines: readonly string[]): { body: Token[]; definitions: Definitions } {
  const definitions = Object.assign(new Map<string, Definition>(), { duplicates: [] as Definition[], nested: [] as Definitions["nested"] });
  const body: Token[] = [];
  const open: Definition[] = [];
  let lastMapped = 0;
  // Where the blocks read so far end: a definition that holds no block is written after it.
  let readTo = 0;
  for (const token of tokens) {
    if (token.map) {
      lastMapped = token.map[0];
      readTo = Math.max(readTo, token.map[1]);
    }
    if (token.type === "footnote_reference_open") {
      // The opening token has no line map: the definition's line is that of its first block.
      const definition: Definition = { label: String(metaOf(token).label ?? ""), line: 0, tokens: [] };
      const outer = open[open.length - 1];
      if (outer) definitions.nested.push({ inner: definition, outer });
      outer?.tokens.push(token);
      open.push(definition);
      if (definitions.has(definition.label)) definitions.duplicates.push(definition);
      else definitions.set(definition.label, definition);
      continue;
    }
    if (token.type === "footnote_reference_close") {
      const closed = open.pop();
      if (closed && closed.line === 0) closed.line = toFileLine(labelLine(sourceLines, closed.label, readTo) ?? lastMapped);
      open[open.length - 1]?.tokens.push(token);
      continue;
    }
    const current = open[open.length - 1];
    if (current && current.line === 0 && token.map) current.line = toFileLine(token.map[0]);
    (current?.tokens ?? body).push(token);
  }
  return { body, definitions };
}

function definitionProblems(definitions: Definitions, notes: Note[], file: string): Diagnostic[] {
  // markdown-it-footnote empties the outer note and spills the rest of it into the body.
  const problems: Diagnostic[] = definitions.nested.map(({ inner, outer }) => ({
    severity: "error",
    code: "footnote-nested-definition",
    message: `footnote [^${inner.label}] is defined inside the definition of [^${outer.label}] (line ${outer.line}); move it out, unindented, after that note`,
    location: { file, line: inner.line },
  }));
  problems.push(...definitions.duplicates.map((definition): Diagnostic => ({
    severity: "error",
    code: "footnote-duplicate-label",
    message: `footnote [^${definition.label}] is defined twice (first at line ${definitions.get(definition.label)?.line ?? "?"})`,
    location: { file, line: definition.line },
  })));
  for (const [label, definition] of definitions) {
    if (!invisibleInLabel.test(label)) continue;
    problems.push({ severity: "error", code: "footnote-invisible-label", message: `footnote [^${label}] is defined${invisibleNote(label)}`, location: { file, line: definition.line } });
  }
  const called = new Set(notes.map((note) => note.label));
  for (const [label, definition] of definitions) {
    if (called.has(label)) continue;
    problems.push({
      severity: "warning",
      code: "footnote-unused",
      message: `footnote [^${label}] is defined but never called; it will not be printed`,
      location: { file, line: definition.line },
    });
  }
  return problems;
}

/** Once the notes block is in place, records where each call's inline token now stands. */
export function locateCalls(tokens: Token[], model: FootnoteModel): void {
  tokens.forEach((token, index) => {
    for (const child of token.children ?? []) {
      const found = child.type === "footnote_ref" ? callOfToken.get(child) : undefined;
      if (found) found.tokenIndex = index;
    }
  });
  if (model.calls.some((call) => call.tokenIndex < 0)) throw new Error("a note call was lost when the notes were gathered");
}
