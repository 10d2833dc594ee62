/**
 * Peer test suites (markdown-it-footnote's fixtures, pandoc's footnote tests, and GitHub's
 * footnotes as cmark-gfm and pulldown-cmark test them; see tests/fixtures/peers/SOURCES.md)
 * run through our parser: every case is either accepted
 * with the notes the peer finds, or refused with a file and line, and every difference from
 * the peer is listed below with its reason, so a new one fails here.
 */
import { describe, expect, it } from "vitest";
import { parseArticle, type Article } from "../scripts/lib/document/article.ts";
import { ContentError } from "../scripts/lib/errors.ts";
import { renderArticle } from "../scripts/lib/engine/render.ts";
import { webNoteRenderer } from "../scripts/lib/editions/web/web-notes.ts";
import { articleSource, gfmCases, gfmNoteCount, markdownItCases, pandocCandidates, pandocNotes, type PeerCase } from "./fixtures/peers/peer-cases.ts";

/** Cases parseArticle refuses, by slug: the diagnostic code expected and why we refuse. */
const expectedRefusals: Record<string, { code: string; reason: string }> = {
  "mdit-regression-test-for-42": {
    code: "footnote-nested-definition",
    reason: "`[^1]:[^2]: baz` defines [^2] inside [^1]'s definition; markdown-it makes note 1 empty, we ask the author to move it out",
  },
  "pandoc-5476": {
    code: "image",
    reason: "its image test/lalune.jpg is not beside the article (the call in the image's description is set in its caption, as pandoc does: reading-order.test.ts)",
  },
  "pandoc-7006": { code: "image", reason: "the note's image /image.jpg is an absolute path, outside the article's folder" },
  "pandoc-citeproc-chicago-author-date": { code: "bibliography-unreadable", reason: "its `bibliography:` names pandoc's command/biblio.bib, which is not beside the article" },
  "pandoc-citeproc-chicago-fullnote-bib": { code: "bibliography-unreadable", reason: "its `bibliography:` names pandoc's command/biblio.bib, which is not beside the article" },
  "pandoc-citeproc-ieee": { code: "bibliography-unreadable", reason: "its `bibliography:` names pandoc's command/biblio.bib, which is not beside the article" },
  "cmark-gfm-1": { code: "footnote-undefined", reason: "`[^nope]` has no definition: GitHub prints it as typed, we report the call (nearly always a typo)" },
  "pulldown-cmark-1": { code: "footnote-undefined", reason: "`[^missing]` has no definition: printed as typed by GitHub, reported by us" },
  "pulldown-cmark-11": { code: "footnote-nested-definition", reason: "[^indent2] is defined inside [^indent1]'s indented lines, as in markdown-it-footnote's regression test" },
  "pulldown-cmark-12": { code: "footnote-nested-definition", reason: "`[^foo]:` then `[^bar]:` indented under it: a definition inside a definition" },
  "pulldown-cmark-20": { code: "footnote-undefined", reason: "`[^3]: test` in a table's cell is a cell's text, no definition, so the `[^3]` beside it has none" },
  "pulldown-cmark-24": { code: "footnote-undefined", reason: "`[^quux]: x` indented four spaces is a code block, so `[^quux]` has no definition" },
};

/**
 * markdown-it-footnote cases whose call numbers or note count legitimately differ from ours
 * (we number notes in reading order of first call, counting calls inside notes where they
 * are read): our calls and note count, and why. None of today's fixtures hits that rule.
 */
const markdownItExceptions: Record<string, { calls: number[]; notes: number; reason: string }> = {};

/** Pandoc cases whose note count differs from ours: our count, and why. */
const pandocExceptions: Record<string, { notes: number; reason: string }> = {
  "pandoc-11362": { notes: 1, reason: "[^1] is called twice: pandoc copies the note at each call, we keep one note with two calls" },
  "pandoc-7394": { notes: 6, reason: "--citeproc with a note style (chicago-fullnote) makes notes of the two citations in the body" },
  "pandoc-citeproc-7a": { notes: 1, reason: "--citeproc with a note style makes notes of the three citations in the body" },
  "pandoc-citeproc-7b": { notes: 2, reason: "--citeproc with a note style (bioethics) makes notes of the two citations in the body" },
  "pandoc-citeproc-chicago-fullnote-bib": { notes: 3, reason: "--citeproc with a note style makes notes of the eleven citations in the body" },
};

/** Pandoc cases whose input has `^[` or `[^` but which pandoc reads without a note: not footnote tests. */
const notNotes: Record<string, string> = {
  "pandoc-11409": "`^[sup]{.class}^` is a superscript holding a span",
  "pandoc-11589": "`^[a]{.cb}\\ b^` is a superscript holding a span",
  "pandoc-8028": "an inline note cannot hold a blank line, so `^[a note` stays text",
  "pandoc-8981": "`[^\\[link\\]^](#ref)` is a link around a superscript",
};

/**
 * GFM cases whose note count differs from the suite's: ours, and why. GitHub prints every
 * definition, called or not; we print a note where it is called and warn of one never called.
 */
const gfmExceptions: Record<string, { notes: number; reason: string }> = {
  "pulldown-cmark-7": { notes: 0, reason: "two definitions, never called" },
  "pulldown-cmark-8": { notes: 0, reason: "a definition never called" },
  "pulldown-cmark-17": { notes: 0, reason: "a definition never called" },
  "pulldown-cmark-18": {
    notes: 0,
    reason: "`[^1]\\: ...` on the next line continues the definition's paragraph (markdown-it-footnote's reading), so the only call of [^1] is inside [^1] itself",
  },
  "pulldown-cmark-19": { notes: 0, reason: "a definition holding a table, never called" },
  "pulldown-cmark-old-4": { notes: 0, reason: "a definition never called" },
  "pulldown-cmark-old-5": { notes: 0, reason: "a definition never called" },
};

const markdownIt = markdownItCases();
const gfm = gfmCases();
const candidates = pandocCandidates();
const pandoc = candidates.filter((c) => pandocNotes(c).length > 0);

type Parsed = { article: Article; error?: undefined } | { article?: undefined; error: unknown };

const fileOf = (c: PeerCase): string => `tests/fixtures/peers/${c.suite}/${c.slug}.md`;

function parse(c: PeerCase): Parsed {
  try {
    return { article: parseArticle(articleSource(c), fileOf(c)) };
  } catch (error) {
    return { error };
  }
}

/** Accepted, or refused as listed with every problem on a `file:line: ` line. */
function checkParse(c: PeerCase, parsed: Parsed): void {
  const refusal = expectedRefusals[c.slug];
  if (!parsed.error) {
    expect(refusal, "listed as refused but accepted").toBeUndefined();
    return;
  }
  expect(parsed.error).toBeInstanceOf(ContentError);
  const error = parsed.error as ContentError;
  expect(refusal, `newly refused: ${error.toLine()}`).toBeDefined();
  expect(error.diagnostics.map((d) => d.code)).toContain(refusal?.code);
  const lineCount = articleSource(c).split("\n").length;
  for (const line of error.toLine().split("\n")) {
    const at = new RegExp(`^${fileOf(c).replace(/[.]/g, "\\.")}:(\\d+): `).exec(line);
    expect(at, line).not.toBeNull();
    expect(Number(at?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(at?.[1])).toBeLessThanOrEqual(lineCount);
  }
}

it("reads every peer case, and every listed case exists", () => {
  expect(markdownIt).toHaveLength(14);
  expect(candidates.filter((c) => pandocNotes(c).length === 0).map((c) => c.slug).sort()).toEqual(Object.keys(notNotes).sort());
  expect(pandoc.length).toBeGreaterThanOrEqual(30);
  expect(gfm.length).toBeGreaterThanOrEqual(38);
  const slugs = new Set([...markdownIt, ...candidates, ...gfm].map((c) => c.slug));
  for (const slug of [...Object.keys(expectedRefusals), ...Object.keys(markdownItExceptions), ...Object.keys(pandocExceptions), ...Object.keys(gfmExceptions)]) expect(slugs, slug).toContain(slug);
});

describe.each(markdownIt.map((c) => [c.name, c] as const))("markdown-it-footnote: %s", (_, c) => {
  const parsed = parse(c);

  it("is accepted, or refused as listed with file and line", () => checkParse(c, parsed));

  // A refused case has its refusal checked above and nothing to number.
  if (parsed.article) it("numbers calls and notes as markdown-it-footnote does", () => {
    const html = renderArticle(parsed.article as Article, webNoteRenderer);
    const calls = [...html.matchAll(/role="doc-noteref"[^>]*>(\d+)</g)].map((m) => Number(m[1]));
    const notes = html.match(/<li id="fn-\d+" class="note">/g)?.length ?? 0;
    expect(parsed.article?.notes.notes).toHaveLength(notes);
    const theirs = {
      calls: [...c.expected.matchAll(/<sup class="footnote-ref"><a [^>]*>\[(\d+)(?::\d+)?\]<\/a>/g)].map((m) => Number(m[1])),
      notes: c.expected.match(/<li id="fn/g)?.length ?? 0,
    };
    const exception = markdownItExceptions[c.slug];
    if (exception) {
      expect(theirs, "listed as an exception but numbered alike").not.toEqual({ calls, notes });
      expect({ calls, notes }).toEqual({ calls: exception.calls, notes: exception.notes });
    } else {
      expect({ calls, notes }).toEqual(theirs);
    }
  });
});

describe.each(pandoc.map((c) => [c.name, c] as const))("%s", (_, c) => {
  const parsed = parse(c);

  it("is accepted, or refused as listed with file and line", () => checkParse(c, parsed));

  if (parsed.article) it("has pandoc's notes, none of them empty where pandoc's is not", () => {
    const ours = parsed.article?.notes.notes ?? [];
    const theirs = pandocNotes(c);
    const exception = pandocExceptions[c.slug];
    if (exception) {
      expect(theirs.length, "listed as an exception but counted alike").not.toBe(ours.length);
      expect(ours).toHaveLength(exception.notes);
    } else {
      expect(ours).toHaveLength(theirs.length);
    }
    // Notes line up one to one only when the counts agree; otherwise, no empty note unless pandoc has one.
    const aligned = ours.length === theirs.length;
    ours.forEach((note, i) => {
      const theirsEmpty = aligned ? theirs[i] === "" : theirs.includes("");
      if (!theirsEmpty) expect(note.text, `note ${note.number}`).not.toBe("");
    });
  });
});

describe.each(gfm.map((c) => [c.name, c] as const))("GFM %s", (_, c) => {
  const parsed = parse(c);

  it("is accepted, or refused as listed with file and line", () => checkParse(c, parsed));

  if (parsed.article) it("has the suite's notes, or differs as listed", () => {
    const ours = parsed.article?.notes.notes.length;
    const exception = gfmExceptions[c.slug];
    if (exception) {
      expect(gfmNoteCount(c), "listed as an exception but counted alike").not.toBe(ours);
      expect(ours).toBe(exception.notes);
    } else {
      expect(ours).toBe(gfmNoteCount(c));
    }
  });
});
