import { describe, expect, it } from "vitest";
import { withUrlBreaks } from "./url-breaks.ts";

describe("break opportunities in addresses", () => {
  it("puts them where the Chicago Manual breaks a URL", () => {
    expect(withUrlBreaks("see https://example.org/path/to_file.html?a=1&amp;b=2#top now")).toBe(
      "see https://<wbr>example<wbr>.org<wbr>/path<wbr>/to<wbr>_file<wbr>.html<wbr>?a<wbr>=<wbr>1<wbr>&amp;<wbr>b<wbr>=<wbr>2<wbr>#top now",
    );
  });

  it("leaves the sentence's final punctuation with its word", () => {
    expect(withUrlBreaks("at www.example.org/a/long/path.")).toBe("at www<wbr>.example<wbr>.org<wbr>/a<wbr>/long<wbr>/path.");
  });

  it("leaves short runs and ordinary words alone, and draws no character", () => {
    expect(withUrlBreaks("a/b and state-of-the-art-but-long-enough words")).toBe("a/b and state-of-the-art-but-long-enough words");
    const text = "https://example.org/some/long/address_with.parts";
    expect(withUrlBreaks(text).replaceAll("<wbr>", "")).toBe(text);
  });
});
