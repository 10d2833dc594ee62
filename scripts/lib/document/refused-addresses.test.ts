import { describe, expect, it } from "vitest";
import markdownIt from "markdown-it";
import { maxLinkAddress, refusedAddresses, unlinkLocalAddresses, unlinkOverlongAddresses } from "./refused-addresses.ts";

const locate = { locate: (block: { map: [number, number] | null }) => ({ file: "a.md", line: (block.map?.[0] ?? 0) + 1 }) };
const found = (source: string) => refusedAddresses(markdownIt().parse(source, {}), locate).map((d) => `${d.location?.line}: ${d.severity}: ${d.message}`);

describe("addresses Markdown will not link", () => {
  it("reports a link printed as text with its line, and refuses a picture no edition shows", () => {
    expect(found("Intro.\n\nSee [the file](file:///etc/passwd) and\n![map](file:///home/a/map.png) and [run](javascript:alert(1)).\n")).toEqual([
      `3: warning: the link to "file:///etc/passwd" is printed as text, brackets and all: Markdown links no file: address`,
      `4: error: image "file:///home/a/map.png" is a file: address, which no edition shows; save the picture in the article's folder and link it by a relative path`,
      `4: warning: the link to "javascript:alert(1" is printed as text, brackets and all: Markdown links no javascript: address`,
    ]);
  });

  it("says nothing of links Markdown makes, or of code", () => {
    expect(found("[web](https://example.org), [mail](mailto:a@b.org), ![x](data:image/png;base64,AAAA), `[x](file:///a)`\n")).toEqual([]);
  });
});

describe("links too long to make", () => {
  it("keeps the text of a link whose address is longer than a link may be, without the link, and says so", () => {
    const address = `https://example.org/${"a/".repeat(3000)}`;
    const tokens = markdownIt({ linkify: true }).parse(`Intro.\n\nA short [link](https://example.org) and\nthe long <${address}>.\n`, {});
    const warnings = unlinkOverlongAddresses(tokens, locate);
    expect(warnings.map((d) => `${d.location?.line}: ${d.message}`)).toEqual([
      `4: the link to "${address.slice(0, 60)}…" is 6,020 characters long, more than the ${maxLinkAddress.toLocaleString("en-US")} a link may have: its text is printed without the link`,
    ]);
    const md = markdownIt();
    const html = md.renderer.render(tokens, md.options, {});
    expect(html).toContain('<a href="https://example.org">link</a>');
    expect(html).toContain(`the long ${address}.`);
  });
});

describe("links to files beside the article", () => {
  it("keep their text without the link, each said at its line; links elsewhere and within the text stay", () => {
    const tokens = markdownIt().parse("Intro.\n\nSee [the data](data.csv) and [the *notes*](../notes.txt),\n[root](/etc/hostname), [web](https://example.org), [mail](mailto:a@b.org), [far](//example.org/a), [here](#intro).\n", {});
    const warnings = unlinkLocalAddresses(tokens, locate);
    expect(warnings.map((d) => `${d.location?.line}: ${d.code}: ${d.message}`)).toEqual([
      `3: link-local: the link to "data.csv" leads to a file no edition publishes: its text is printed without the link; link the file's published address (https://…) instead`,
      `3: link-local: the link to "../notes.txt" leads to a file no edition publishes: its text is printed without the link; link the file's published address (https://…) instead`,
      `4: link-local: the link to "/etc/hostname" leads to a file no edition publishes: its text is printed without the link; link the file's published address (https://…) instead`,
    ]);
    const md = markdownIt();
    const html = md.renderer.render(tokens, md.options, {});
    expect(html).toContain("See the data and the <em>notes</em>,\nroot, ");
    for (const kept of ['<a href="https://example.org">web</a>', '<a href="mailto:a@b.org">mail</a>', '<a href="//example.org/a">far</a>', '<a href="#intro">here</a>']) expect(html).toContain(kept);
  });
});
