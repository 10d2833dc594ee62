import { describe, expect, it } from "vitest";
import { foldQuotes, joinPdfLines, normaliseText, foldRightToLeftRuns } from "./normalize-text.ts";

describe("normaliseText", () => {
  it("removes what a reader cannot see and nothing else", () => {
    expect(normaliseText("  Ex\u00adam\u00adple\u00a0text \n with  ↩\ufe0e ↩ back\u200blinks ")).toBe("Example text with backlinks");
    expect(normaliseText("A note that ends with the EPUB's backlinks ↑ ↑")).toBe("A note that ends with the EPUB's backlinks");
    expect(normaliseText("Prices ↑ by 5%.")).toBe("Prices ↑ by 5%.");
    expect(normaliseText("\ufb01ne \ufb02ow o\ufb03ce")).toBe("fine flow office");
    expect(normaliseText("Iraq\u02bcs")).toBe("Iraq\u2019s");
  });

  it("keeps dashes, digits and case, which a reader does see", () => {
    expect(normaliseText('"a" -- B')).toBe('"a" -- B');
    expect(normaliseText("\u201ca\u201d \u2013 B")).not.toBe(normaliseText('"a" -- B'));
    expect(normaliseText("1990\u20131995")).not.toBe(normaliseText("1990-1995"));
    expect(normaliseText("Iraq")).not.toBe(normaliseText("iraq"));
  });

  it("keeps the shape of quotes, so that messages quote each text as printed", () => {
    expect(normaliseText("it\u2019s \u201cso\u201d")).toBe("it\u2019s \u201cso\u201d");
  });
});

describe("foldQuotes", () => {
  const same = (a: string, b: string): boolean => foldQuotes(normaliseText(a)) === foldQuotes(normaliseText(b));

  it("reads curly and straight quotes and apostrophes alike, whichever side has which", () => {
    const curly = "He said \u201cno\u201d and \u2018yes\u2019, it\u2019s the author\u2019s \u201eLied\u201c";
    const straight = `He said "no" and 'yes', it's the author's "Lied"`;
    expect(same(curly, straight)).toBe(true);
    expect(same(straight, curly)).toBe(true);
    expect(same("it\u02bcs", "it's")).toBe(true);
  });

  it("forgives only their shape: a quote missing or moved still shows", () => {
    expect(same("\u201cno\u201d", "no")).toBe(false);
    expect(same("it\u2019s", "its")).toBe(false);
    expect(same("\u201cno\u201d yes", "no \u201cyes\u201d")).toBe(false);
  });
});

describe("joinPdfLines", () => {
  it("joins an address broken before its part with Persian letters, which the text layer holds in visual order", () => {
    const source = "Archive: https://example.org/that/keeps/going.html?query=پانویس&page=12";
    expect(joinPdfLines("Archive: https://example.org/that\n/keeps/going.html?query=سیونپا&page=12", source)).toBe("Archive: https://example.org/that/keeps/going.html?query=سیونپا&page=12");
  });

  it("joins lines with a space", () => {
    expect(joinPdfLines("Feller, Ben, AP,\nOct. 21, 2011", "Feller, Ben, AP, Oct. 21, 2011")).toBe("Feller, Ben, AP, Oct. 21, 2011");
  });

  it("joins a word too long for its line, broken with no hyphen, only where the expected text has it whole", () => {
    const word = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft";
    expect(joinPdfLines(`${word.slice(0, -2)}\nft was a word.`, `${word} was a word.`)).toBe(`${word} was a word.`);
    // Two words the text has apart stay apart, even where it also has them together.
    expect(joinPdfLines("walked in\nto the room", "walked in to the room, into the light")).toBe("walked in to the room");
    // Parts the text has nowhere as one word stay two: the mismatch shows.
    expect(joinPdfLines("Donaudampf\nschiff", "Donaudampf schiff")).toBe("Donaudampf schiff");
    expect(joinPdfLines("Region\non", "Region")).toBe("Region on");
  });

  it("drops a line-end hyphen where the expected text has the whole word (a soft hyphen)", () => {
    expect(joinPdfLines("Takes Hard Line on Ameri-\ncan Withdrawal", "Takes Hard Line on American Withdrawal")).toBe("Takes Hard Line on American Withdrawal");
    expect(joinPdfLines("Ameri\u2010\ncan", "American")).toBe("American");
  });

  it("keeps a line-end hyphen where the expected text has the hyphenated word", () => {
    expect(joinPdfLines("Nouri al-\nMaliki said", "Nouri al-Maliki said")).toBe("Nouri al-Maliki said");
  });

  it("keeps a hyphen that follows a digit at a line end, where the expected text has it", () => {
    expect(joinPdfLines("the 4-\ncolor process", "the 4-color process")).toBe("the 4-color process");
    expect(joinPdfLines("from 1990-\n1995 on", "from 1990-1995 on")).toBe("from 1990-1995 on");
    expect(joinPdfLines("(1990-\n1995), again", "(1990-1995), again")).toBe("(1990-1995), again");
    expect(joinPdfLines("pages 4\u2010\n7", "pages 4\u20107")).toBe("pages 4\u20107");
  });

  it("joins a dash or a slash at a line end to the next word where the expected text has them joined", () => {
    expect(joinPdfLines("from 1990\u2013\n1995 on", "from 1990\u20131995 on")).toBe("from 1990\u20131995 on");
    expect(joinPdfLines("see example.org/\nreport", "see example.org/report")).toBe("see example.org/report");
    expect(joinPdfLines("war \u2014\nthen", "war \u2014 then")).toBe("war \u2014 then");
  });

  it("reads a hard line break inside a note as the space the source's text has there", () => {
    expect(joinPdfLines("First line\nsecond line", "First line second line")).toBe("First line second line");
    expect(joinPdfLines("ends 4-\nnext", "ends 4- next")).toBe("ends 4- next");
  });

  it("reads a line broken after a hyphen next to a quote, whatever the quotes' shape", () => {
    expect(joinPdfLines("the \u201c4-\ncolor\u201d process", 'the "4-color" process')).toBe("the \u201c4-color\u201d process");
  });

  it("does not invent a word the expected text lacks", () => {
    expect(joinPdfLines("Ameri-\ncan", "Canadian")).toBe("Ameri- can");
    expect(joinPdfLines("4-\ncolor", "4 color")).toBe("4- color");
  });
});

describe("foldRightToLeftRuns", () => {
  it("leaves left-to-right text as it is: a non-breaking hyphen in an address stays one", () => {
    const address = "https://example.org/open\u2011source-cli-for-agents";
    expect(foldRightToLeftRuns(`${address} and \uFEE3\u062D\u0645\u062F`)).toMatch(new RegExp(`^${address.replace(/[./]/g, "\\$&")} and ⟨`));
    // Joined against the folded text, as the read-back joins a PDF note's lines, the address breaks after "cli-" with no space.
    const expected = foldRightToLeftRuns(address);
    expect(joinPdfLines("https://example.org/open\u2011source-cli-\nfor-agents", expected)).toBe(address);
  });


  it("accepts Persian read back in visual order, split by glyph positions", () => {
    const logical = "Karimi, Dariush (داریوش کریمی), “Snow”";
    const visual = "Karimi, Dariush (کر یمی شدار یو), “Snow”";
    expect(foldRightToLeftRuns(visual)).toBe(foldRightToLeftRuns(logical));
  });

  it("accepts heh with hamza read back as a hamza and a heh in either order, but not without its heh", () => {
    const logical = "در دامنهٔ کوه‌های البرز";
    const readBack = "زالبر های‌کوه ٔهدام ن در";
    expect(foldRightToLeftRuns(readBack)).toBe(foldRightToLeftRuns(logical));
    expect(foldRightToLeftRuns("زالبر های‌کوه ٔدام ن در")).not.toBe(foldRightToLeftRuns(logical));
  });

  it("accepts the parts of a Persian sentence around a colon or comma read back in reverse order", () => {
    const logical = "یادداشت سوم، با نام‌های ایرانی: داریوش کریمی و مریم رحیمی.";
    const readBack = "داریوش کریمی و مریم رحیمی:یادداشت سوم، با نام‌های ایرانی .";
    expect(foldRightToLeftRuns(readBack)).toBe(foldRightToLeftRuns(logical));
    expect(foldRightToLeftRuns("داریوش کریمی و مریم رحیمی یادداشت سوم، با نام‌های ایرانی.")).not.toBe(foldRightToLeftRuns(logical));
  });

  it("takes the full stops of a right-to-left initial for the name's, on whichever side they come back", () => {
    const source = "Letters, ed. פ. לחובר (Tel Aviv, 1938), 2: 150.";
    expect(foldRightToLeftRuns("Letters, ed. . לחוברפ (Tel Aviv, 1938), 2: 150.")).toBe(foldRightToLeftRuns(source));
    expect(foldRightToLeftRuns("Letters, ed. לחוברפ (Tel Aviv, 1938), 2: 150.")).not.toBe(foldRightToLeftRuns(source));
  });

  it("still tells different names apart, and leaves left-to-right text exact", () => {
    expect(foldRightToLeftRuns("(داریوش کریمی)")).not.toBe(foldRightToLeftRuns("(داریوش رحیمی)"));
    expect(foldRightToLeftRuns("Smith (داریوش), 2001")).not.toBe(foldRightToLeftRuns("Smith (داریوش), 2002"));
    expect(foldRightToLeftRuns("plain text")).toBe("plain text");
  });
});

describe("lines of Chinese and Japanese", () => {
  it("joins a line break inside a sentence without a space, unless the source has one there", () => {
    expect(joinPdfLines("以我之佚待彼之\n勞", "以我之佚待彼之勞")).toBe("以我之佚待彼之勞");
    expect(joinPdfLines("これは日本\n語の注です。", "これは日本語の注です。")).toBe("これは日本語の注です。");
    expect(joinPdfLines("中文 文本\n中文", "中文 文本 中文")).toBe("中文 文本 中文");
  });

  it("joins a Latin word and Chinese after it the way the source has them, a space or none", () => {
    expect(joinPdfLines("Johnston 和 Makridis\n（2025）使用", "Johnston 和 Makridis（2025）使用")).toBe("Johnston 和 Makridis（2025）使用");
    expect(joinPdfLines("Hui\n等人（2024）", "Hui 等人（2024）")).toBe("Hui 等人（2024）");
    expect(joinPdfLines("研究了 Upwork 上的\nChatGPT", "研究了 Upwork 上的ChatGPT")).toBe("研究了 Upwork 上的ChatGPT");
    expect(joinPdfLines("研究了\nUpwork 上", "研究了 Upwork 上")).toBe("研究了 Upwork 上");
  });
});
