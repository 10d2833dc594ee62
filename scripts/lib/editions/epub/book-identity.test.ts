import { describe, expect, it } from "vitest";
import { parseArticle } from "../../document/article.ts";
import { bookIdentifier, formatModified, modificationDate, nameBasedUuid, zipEntryDate } from "./book-identity.ts";

const article = (frontMatter: string) => parseArticle(`---\ntitle: T\n${frontMatter}---\nText.\n`, "/x/some-article.md");

describe("book identity", () => {
  it("computes RFC 9562 version 5 UUIDs (the RFC's own example)", () => {
    // RFC 9562, appendix A.4: DNS namespace, name "www.example.com".
    expect(nameBasedUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("derives the identifier from the slug, the same every time, different per slug", () => {
    const first = bookIdentifier(article(""));
    expect(first).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bookIdentifier(article(""))).toBe(first);
    expect(bookIdentifier(article("slug: another-article\n"))).not.toBe(first);
  });

  it("prefers the front matter identifier, then the ISBN", () => {
    expect(bookIdentifier(article("identifier: doi:10.1000/182\nisbn: 978-3-16-148410-0\n"))).toBe("doi:10.1000/182");
    expect(bookIdentifier(article("isbn: 978-3-16-148410-0\n"))).toBe("urn:isbn:9783161484100");
  });

  it("dates the book from SOURCE_DATE_EPOCH, else updated, else date", () => {
    const dated = article("date: 2011-11-05\nupdated: 2012-01-31\n");
    expect(formatModified(modificationDate(dated, { SOURCE_DATE_EPOCH: "1700000000" }))).toBe("2023-11-14T22:13:20Z");
    expect(formatModified(modificationDate(dated, {}))).toBe("2012-01-31T00:00:00Z");
    expect(formatModified(modificationDate(article("date: 2011-11-05\n"), {}))).toBe("2011-11-05T00:00:00Z");
    expect(formatModified(modificationDate(article(""), {}))).toBe("1980-01-01T00:00:00Z");
  });

  it("dates a book written with a year or a month alone from that period's first day", () => {
    expect(formatModified(modificationDate(article("date: 2014\n"), {}))).toBe("2014-01-01T00:00:00Z");
    expect(formatModified(modificationDate(article("date: 2014\nupdated: 2015-06\n"), {}))).toBe("2015-06-01T00:00:00Z");
  });

  it("never stamps a zip entry before 1980, which DOS times cannot hold", () => {
    expect(zipEntryDate(new Date(0)).toISOString()).toBe("1980-01-01T00:00:00.000Z");
    expect(zipEntryDate(new Date("2011-11-05T00:00:00Z")).toISOString()).toBe("2011-11-05T00:00:00.000Z");
  });
});
