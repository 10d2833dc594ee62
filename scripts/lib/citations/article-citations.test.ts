/**
 * Citations through the real parser (front matter, bibliography files on disk, the footnote
 * model): note texts, positions, author-date, and every refusal with its file and line.
 */
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadArticle, type Article } from "../document/article.ts";
import { ContentError } from "../errors.ts";

const root = mkdtempSync(join(tmpdir(), "citations-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
// A cache of this file's own: what is tested is made here, not read from an earlier run.
process.env.PRESS_CACHE_DIR = join(root, "cache");
const fixtures = join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "citations");
const works = readFileSync(join(fixtures, "works.json"), "utf8");

let count = 0;
function folderWith(files: Record<string, string>): string {
  const folder = join(root, `case-${++count}`);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

function article(body: string, front = "bibliography: works.json", files: Record<string, string> = { "works.json": works }): Promise<Article> {
  const folder = folderWith({ ...files, "article.md": `---\ntitle: T\n${front}\n---\n\n${body}\n` });
  return loadArticle(join(folder, "article.md"));
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).toLine().replaceAll(root, "ROOT");
}

const texts = (parsed: Article): string[] => parsed.notes.notes.map((note) => note.text);

describe("citations in an article with a note style", () => {
  it("numbers citation notes in one sequence with the author's notes and prints Ibid. where Chicago does", async () => {
    const parsed = await article(
      "One [@hartley1998, p. 33]. Two [@hartley1998, p. 33]. Three [@hartley1998, 40].\nFour.[^aside] Five [@hartley1998, 50].\n\n[^aside]: Mine, no citation.",
    );
    expect(texts(parsed)).toEqual([
      "Margaret Hartley, The River and the Border: Water Politics in the Upper Tigris (Boston: Meridian University Press, 1998), 33.",
      "Ibid.",
      "Ibid., 40.",
      "Mine, no citation.",
      "Hartley, The River and the Border: Water Politics in the Upper Tigris, 50.",
    ]);
    expect(parsed.notes.calls.map((call) => call.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("formats a citation inside an author's note in place, and lists each cited work once", async () => {
    const parsed = await article("Text.[^n] Again [@okafor2011].\n\n[^n]: As shown in [@okafor2011, 205], and in [@okafor2011, 207].");
    expect(texts(parsed)).toEqual([
      "As shown in (Daniel Okafor, “Exiles and Their Newspapers, 1979–2003,” Journal of Diaspora Media 14, no. 2 (2011): 205), and in (ibid., 207).",
      "Okafor, “Exiles and Their Newspapers, 1979–2003.”",
    ]);
    const entries = parsed.tokens.filter((token) => token.type === "paragraph_open" && token.attrGet("class") === "csl-entry");
    expect(entries.map((token) => token.attrGet("id"))).toEqual(["ref-okafor2011"]);
  });

  it("sets a bracketed citation inside a note's sentence in parentheses, as pandoc does, but not one naming its author in the sentence nor one opening the note", async () => {
    const parsed = await article("One.[^a] Two.[^b]\n\n[^a]: Some studies [@okafor2011, 205] show it; see also @hartley1998 [12].\n[^b]: [@okafor2011, 206]; the same holds later.");
    expect(texts(parsed)).toEqual([
      "Some studies (Daniel Okafor, “Exiles and Their Newspapers, 1979–2003,” Journal of Diaspora Media 14, no. 2 (2011): 205) show it; see also Margaret Hartley, The River and the Border: Water Politics in the Upper Tigris (Boston: Meridian University Press, 1998), 12.",
      "Okafor, “Exiles and Their Newspapers, 1979–2003,” 206; the same holds later.",
    ]);
  });

  it("makes two notes of two adjacent citations, and a citation inside a note's sentence keeps it going", async () => {
    const parsed = await article("Both [@hartley1998][@okafor2011].^[Compare [@lindqvist2005, 4] and the rest.]");
    expect(texts(parsed)).toEqual([
      "Margaret Hartley, The River and the Border: Water Politics in the Upper Tigris (Boston: Meridian University Press, 1998).",
      "Daniel Okafor, “Exiles and Their Newspapers, 1979–2003,” Journal of Diaspora Media 14, no. 2 (2011): 201–29.",
      "Compare (Eva Lindqvist, “Camps without Walls,” in Refuge and Rebellion, ed. Tomás Barros (London: Northgate, 2005), 4) and the rest.",
    ]);
  });

  it("gives the list of works the author's own closing heading, words and id, with or without pandoc's empty {#refs} div", async () => {
    for (const ending of ["# Works Cited {#works-cited}", "# Works Cited {#works-cited}\n\n::: {#refs}\n:::"]) {
      const cited = await article(`A claim [@hartley1998, 7]. See [the works](#works-cited).\n\n${ending}`);
      const headings = cited.tokens.filter((token) => token.type === "heading_open");
      expect(headings.map((token) => [token.attrGet("id"), cited.tokens[cited.tokens.indexOf(token) + 1]?.content])).toEqual([["works-cited", "Works Cited"]]);
      // Listed once, as the list of works' heading.
      expect(cited.headings.map((heading) => [heading.id, heading.text])).toEqual([["works-cited", "Works Cited"]]);
      expect(cited.tokens.some((token) => token.type === "fenced_div_open")).toBe(false);
      expect(cited.diagnostics).toEqual([]);
    }
  });

  it("gives the list of works the author's closing heading when the notes are defined after it, the notes kept", async () => {
    for (const ending of ["## Bibliography\n\n[^a]: Mine.", "## Bibliography\n\n::: {#refs}\n:::\n\n[^a]: Mine.\n\n[^b]: Also mine."]) {
      const cited = await article(`A claim.[@hartley1998] A note of mine.[^a]${ending.includes("[^b]") ? " Another.[^b]" : ""}\n\n${ending}`);
      expect(cited.headings.map((heading) => [heading.id, heading.text])).toEqual([["bibliography", "Bibliography"]]);
      expect(cited.notes.notes.map((note) => note.text)).toEqual(expect.arrayContaining(["Mine."]));
      expect(cited.notes.notes.length).toBe(ending.includes("[^b]") ? 3 : 2);
    }
  });

  it("sets a citation in parentheses within a note's sentence without the period its quoted title closes on", async () => {
    const newspaper = JSON.stringify([{ id: "t", type: "article-newspaper", title: "Treaty Signed", "container-title": "The Times", issued: { "date-parts": [[1959]] } }]);
    const cited = await article("One.[@t] Two.[^x] Three.[^a]\n\n[^x]: A note of mine.\n[^a]: As reported [@t], the treaty held.", "bibliography: news.json", { "news.json": newspaper });
    expect(texts(cited)[2]).toBe("As reported (\u201CTreaty Signed\u201D), the treaty held.");
  });

  it("keeps a closing heading with text under it, and a {#refs} div in mid-text, telling the author where the list goes", async () => {
    const cited = await article("A claim [@hartley1998].\n\n# References\n\n::: {#refs}\n:::\n\n# Appendix\n\nMore.");
    expect(cited.headings.map((heading) => heading.text)).toEqual(["References", "Appendix", "Bibliography"]);
    expect(cited.diagnostics.map((d) => `${d.severity} ${d.location?.line}: ${d.message.slice(0, 40)}`)).toEqual(["warning 10: ::: {#refs} asks for the list of works h"]);
  });

  it("gives entries ids no heading or note can take", async () => {
    const parsed = await article("## Ref Hartley1998\n\nText [@hartley1998].\n\n## Bibliography\n\nMine.");
    const ids = parsed.tokens.map((token) => token.attrGet("id")).filter((id): id is string => typeof id === "string");
    expect(ids).toEqual(["section-ref-hartley1998", "bibliography", "bibliography-2", "ref-hartley1998"]);
  });

  it("keeps the author's name in the sentence for @key and puts the call after the punctuation", async () => {
    const parsed = await article("@nasser2016 [p. 12] call it a peace [@okafor2011].");
    const body = parsed.tokens.find((token) => token.type === "inline");
    const shown = (body?.children ?? []).map((child) => (child.type === "footnote_ref" ? `[${String(child.meta?.number)}]` : child.content)).join("");
    expect(shown).toBe("Nasser and Weiss[1] call it a peace.[2]");
  });
});

describe("citations kept between builds", () => {
  it("gives the same words from the cache as from the processor, and a changed bibliography makes new ones", async () => {
    const body = "One [@hartley1998, p. 33]. Two [@hartley1998, p. 33].[^n]\n\n[^n]: See [@okafor2011].";
    const cacheFiles = (): string[] => (existsSync(join(root, "cache", "citations")) ? readdirSync(join(root, "cache", "citations")) : []);
    const before = cacheFiles().length;
    const made = texts(await article(body));
    expect(cacheFiles()).toHaveLength(before + 1);
    expect(texts(await article(body))).toEqual(made);
    expect(cacheFiles()).toHaveLength(before + 1);
    const retitled = works.replace("The river and the border", "The river and the frontier");
    const changed = texts(await article(body, "bibliography: works.json", { "works.json": retitled }));
    expect(cacheFiles()).toHaveLength(before + 2);
    expect(changed[0]).toContain("The River and the Frontier");
  });
});

describe("citations with an author-date style", () => {
  it("stays in the text, makes no note, and the author's notes keep a sequence of their own", async () => {
    const parsed = await article("One [@hartley1998, p. 33].[^a] @okafor2011 [205] says so.[^b]\n\n[^a]: First.\n[^b]: Second.", "bibliography: works.json\ncsl: chicago-author-date");
    expect(texts(parsed)).toEqual(["First.", "Second."]);
    const body = parsed.tokens.find((token) => token.type === "inline");
    const text = (body?.children ?? []).filter((child) => child.type === "text").map((child) => child.content).join("");
    expect(text).toContain("One (Hartley 1998, 33).");
    expect(text).toContain("Okafor (2011, 205) says so.");
    expect(parsed.tokens.some((token) => token.type === "inline" && token.content === "References")).toBe(true);
  });

  it("sets a citation written after the sentence's punctuation, as for a note style, before it", async () => {
    const source = "Dams changed it.[@hartley1998, p. 33] Papers said “the end.”[@okafor2011] So did Smith et al.[@okafor2011, 4]";
    const parsed = await article(source, "bibliography: works.json\ncsl: chicago-author-date");
    const body = parsed.tokens.find((token) => token.type === "inline");
    const text = (body?.children ?? []).filter((child) => child.type === "text").map((child) => child.content).join("");
    expect(text).toBe("Dams changed it (Hartley 1998, 33). Papers said “the end” (Okafor 2011). So did Smith et al. (Okafor 2011, 4)");
    // With a note style the call stays after the punctuation, where notes go.
    const noted = await article(source);
    const noteBody = noted.tokens.find((token) => token.type === "inline");
    expect((noteBody?.children ?? []).filter((child) => child.type === "text").map((child) => child.content).join("")).toBe("Dams changed it. Papers said “the end.” So did Smith et al.");
  });
});

describe("other bibliography formats", () => {
  it("reads BibTeX and RIS", async () => {
    const bib = "@book{bib2001,\n  author = {Bibber, Ann},\n  title = {A Book from BibTeX},\n  publisher = {Press},\n  year = 2001,\n}\n";
    const ris = "TY  - BOOK\nID  - ris1990\nAU  - Risley, Tom\nTI  - A Book from RIS\nPY  - 1990\nPB  - Press\nER  - \n";
    const parsed = await article("A [@bib2001]. B [@ris1990].", "bibliography: [a.bib, b.ris]", { "a.bib": bib, "b.ris": ris });
    expect(texts(parsed)).toEqual(["Ann Bibber, A Book from BibTeX (Press, 2001).", "Tom Risley, A Book from RIS (Press, 1990)."]);
  });
});

describe("refusals, each with its file and line", () => {
  it("names an unknown key's line and the closest keys", async () => {
    const line = await refusal(article("Fine [@hartley1998].\n\nWrong [@hartly1998, 4]."));
    expect(line).toMatch(/article\.md:8: unknown citation key "hartly1998"; closest: hartley1998, [a-z0-9]+$/);
  });

  it("names a malformed CSL-JSON entry's line, and a JSON syntax error's", async () => {
    const broken = '[\n  { "id": "a", "type": "book", "title": "A" },\n  { "id": "b", "title": "No type" }\n]\n';
    expect(await refusal(article("[@a]", "bibliography: broken.json", { "broken.json": broken }))).toBe('ROOT/case-' + count + '/broken.json:3: bibliography entry "b" has no "type" (book, article-journal, chapter…)');
    const syntax = '[\n  { "id": "a", "type": "book" },\n  { "id": "b" "type": "book" }\n]\n';
    expect(await refusal(article("[@a]", "bibliography: syntax.json", { "syntax.json": syntax }))).toMatch(/syntax\.json:3: bibliography is not valid JSON/);
    // An unquoted word, whose error Node's message gives no position for.
    const unquoted = '[\n  { "id": "a", "type": "book" },\n  { "id": "b",\n    "type": "book", "title": Orientalism }\n]\n';
    expect(await refusal(article("[@a]", "bibliography: unquoted.json", { "unquoted.json": unquoted }))).toMatch(/unquoted\.json:4: bibliography is not valid JSON/);
  });

  it("names a malformed BibTeX entry's line and a malformed RIS line", async () => {
    const bib = "@book{good,\n  title = {Good},\n}\n\n@book{bad,\n  title = {Unclosed,\n  year = 2001\n}\n";
    expect(await refusal(article("[@good]", "bibliography: works.bib", { "works.bib": bib }))).toMatch(/works\.bib:5: malformed BibTeX entry/);
    const ris = "TY  - BOOK\nID  - a\nTI - Bad tag\nER  - \n";
    expect(await refusal(article("[@a]", "bibliography: works.ris", { "works.ris": ris }))).toMatch(/works\.ris:3: malformed RIS line "TI - Bad tag"/);
  });

  it("fails on a missing style file in one line naming the csl: field", async () => {
    const line = await refusal(article("[@hartley1998]", "bibliography: works.json\ncsl: missing.csl"));
    expect(line).toMatch(/article\.md:4: citation style "missing\.csl" not found \(bundled styles: chicago-author-date, chicago-fullnote-bibliography-with-ibid\)$/);
    expect(line.split("\n")).toHaveLength(1);
  });

  it("reads no bibliography outside the article's folder, nor through a link leading out", async () => {
    writeFileSync(join(root, "outside.json"), works);
    expect(await refusal(article("[@hartley1998]", "bibliography: ../outside.json"))).toMatch(/article\.md:3: .*outside/);
    const folder = folderWith({ "article.md": "---\ntitle: T\nbibliography: linked.json\n---\n\n[@hartley1998]\n" });
    symlinkSync(join(root, "outside.json"), join(folder, "linked.json"));
    expect(await refusal(loadArticle(join(folder, "article.md")))).toMatch(/article\.md:3: .*resolves outside/);
  });

  it("refuses a key defined twice across files, naming both places", async () => {
    const again = '[\n  { "id": "hartley1998", "type": "book", "title": "Twice" }\n]\n';
    expect(await refusal(article("[@hartley1998]", "bibliography: [works.json, again.json]", { "works.json": works, "again.json": again }))).toMatch(/again\.json:2: bibliography key "hartley1998" is defined twice \(first at .*works\.json:2\)/);
  });
});
