/**
 * sanitiseSvg: what is published of an SVG cannot run, fetch or read anything, and a clean
 * drawing comes out as it went in.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidImage } from "../../scripts/lib/document/raster-images.ts";
import { sanitiseSvg } from "../../scripts/lib/document/svg-sanitiser.ts";
import { hostileSvg, pngBytes } from "./image-bytes.ts";

const ns = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const clean = (body: string): string => sanitiseSvg(Buffer.from(`<svg ${ns} viewBox="0 0 10 10">${body}</svg>`)).svg.toString("utf8");

/** Nothing in `svg` that could run, fetch or read. */
function expectInert(published: string): void {
  // Namespace names are URLs that nothing fetches.
  const svg = published.replace(/\sxmlns(:[a-z]+)?="[^"]*"/g, "");
  expect(svg).not.toMatch(/<script|<foreignObject|<iframe|<embed|<object|<set\b|<animate\b/i);
  expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
  expect(svg).not.toMatch(/javascript:|https?:|file:|ftp:/i);
  expect(svg).not.toMatch(/<!DOCTYPE|<!ENTITY|&(?!amp;|lt;|gt;|quot;|apos;|#)/i);
  expect(svg).not.toMatch(/@import|<\?xml-stylesheet/i);
}

function refusal(input: string | Uint8Array): string {
  try {
    sanitiseSvg(typeof input === "string" ? Buffer.from(input) : input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidImage);
    return (error as Error).message;
  }
  throw new Error("expected the SVG to be refused");
}

describe("sanitiseSvg", () => {
  it("publishes a clean drawing byte for byte, with nothing reported", () => {
    const figure = readFileSync(join(import.meta.dirname, "..", "fixtures", "epub", "figure.svg"));
    const result = sanitiseSvg(figure);
    expect(result.removed).toEqual([]);
    expect(result.svg.equals(figure)).toBe(true);
  }, 30_000);

  it("removes the script, handlers, foreign object, outside references and the XXE entity of a hostile SVG", () => {
    const result = sanitiseSvg(Buffer.from(hostileSvg));
    const svg = result.svg.toString("utf8");
    expectInert(svg);
    expect(svg).not.toContain("svg-script");
    expect(svg).not.toContain("svg-foreign");
    expect(svg).not.toContain("tracker.invalid");
    expect(svg).not.toContain("root:");
    expect(svg).not.toContain("lol");
    // The drawing itself stays.
    expect(svg).toContain("<title>A hostile drawing</title>");
    expect(svg).toContain('<linearGradient id="fade">');
    expect(svg).toContain('<rect width="120" height="80" fill="url(#fade)"/>');
    expect(svg).toContain('<g><circle cx="100" cy="60" r="8" fill="#ffffff"/></g>');
    expect(result.removed).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/DOCTYPE declaring external/),
        "the undeclared or external entity xxe",
        "a <script> element",
        "an event handler (onload of <svg>)",
        "an event handler (onclick of <rect>)",
        "a <foreignObject> element",
        "an external reference to http://tracker.invalid/pixel.png (href of <image>)",
      ]),
    );
  });

  it("never expands a billion laughs", () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("\n");
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n<svg ${ns}><text>&lol9;</text></svg>`;
    const started = performance.now();
    const svg = sanitiseSvg(Buffer.from(bomb)).svg.toString("utf8");
    expect(performance.now() - started).toBeLessThan(2000);
    expect(svg.length).toBeLessThan(400);
    expectInert(svg);
  });

  it("replaces plain internal entities by their text, as drawing programs declare them", () => {
    const svg = sanitiseSvg(Buffer.from(`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n<!ENTITY caption "Figure &#x31;">\n<!ENTITY who "Jane">\n]>\n<svg ${ns}><text>&who; drew it</text></svg>`));
    expect(svg.svg.toString("utf8")).toContain("<text>Jane drew it</text>");
    expectInert(svg.svg.toString("utf8"));
  });

  it("keeps references to the same file and valid embedded rasters, and removes every other", () => {
    const png = pngBytes(4, 4).toString("base64");
    const svg = clean(
      `<defs><path id="p" d="M0 0h5"/></defs><use href="#p"/><use xlink:href="other.svg#p"/>` +
        `<image href="data:image/png;base64,${png}" width="4" height="4"/>` +
        `<image href="data:image/png;base64,AAAA"/><image href="data:image/svg+xml;base64,PHN2Zy8+"/>` +
        `<image href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"/><image href="//cdn.invalid/x.png"/>` +
        `<image href="figure.png"/><feImage href="http://x.invalid/"/>`,
    );
    expect(svg).toContain('<use href="#p"/>');
    expect(svg).toContain(`<image href="data:image/png;base64,${png}" width="4" height="4"/>`);
    expect(svg.match(/<image/g)).toHaveLength(1);
    expect(svg.match(/<use/g)).toHaveLength(1);
    expect(svg).not.toMatch(/feImage|other\.svg|figure\.png|cdn\.invalid|text\/html|svg\+xml/);
  });

  it("removes CSS that fetches: @import, url() to anything but a fragment, escapes, image-set()", () => {
    const svg = clean(
      `<style>@import url(http://x.invalid/a.css);</style><style>rect { fill: url(#g) }</style>` +
        `<style>rect { background: image-set("http://x.invalid/a.png" 1x) }</style>` +
        `<rect style="fill: url('http://x.invalid/#a')" fill="url(#g)" stroke="url(http://x.invalid/#b)" filter="\\75 rl(http://x.invalid/)"/>` +
        `<circle style="fill: red" mask="url( '#m' )"/>`,
    );
    expect(svg).toContain("<style>rect { fill: url(#g) }</style>");
    expect(svg).toContain('<rect fill="url(#g)"/>');
    expect(svg).toContain(`<circle style="fill: red" mask="url( '#m' )"/>`);
    expect(svg.match(/<style>/g)).toHaveLength(1);
    expectInert(svg);
  });

  it("removes processing instructions, xml:base, animations that rewrite links and HTML", () => {
    const svg = clean(
      `<?xml-stylesheet href="http://x.invalid/s.css"?><g xml:base="http://x.invalid/"><a href="#top"><text>t</text></a></g>` +
        `<set attributeName="href" to="javascript:alert(1)"/><animate attributeName="href" values="javascript:alert(1)"/>` +
        `<iframe xmlns="http://www.w3.org/1999/xhtml" src="http://x.invalid/"/><handler type="application/ecmascript">alert(1)</handler>`,
    );
    expect(svg).toContain("<g><g><text>t</text></g></g>");
    expectInert(svg);
  });

  it("is idempotent: its output goes through unchanged", () => {
    const once = sanitiseSvg(Buffer.from(hostileSvg)).svg;
    const twice = sanitiseSvg(once);
    expect(twice.removed).toEqual([]);
    expect(twice.svg.equals(once)).toBe(true);
  });

  it("refuses what is not a well-formed SVG, with the reason", () => {
    expect(refusal(`<svg ${ns}>\n<g>\n</svg>`)).toMatch(/^it is not well-formed XML: 3:\d+: unexpected close tag/);
    expect(refusal("<html><body/></html>")).toBe("its root element is <html>, not <svg> in the SVG namespace");
    expect(refusal("<svg><rect/></svg>")).toBe('its <svg> root is not in the SVG namespace (add xmlns="http://www.w3.org/2000/svg")');
    expect(refusal(`<?xml version="1.0" encoding="ISO-8859-1"?><svg ${ns}/>`)).toBe("it declares the encoding ISO-8859-1; save it as UTF-8");
    expect(refusal(Buffer.from(`\uFEFF<svg ${ns}/>`, "utf16le"))).toBe("it is UTF-16 text; save it as UTF-8");
    expect(refusal(Buffer.from([0x3c, 0x73, 0x76, 0x67, 0xff, 0x3e]))).toBe("it is not UTF-8 text");
    expect(refusal(`<!DOCTYPE svg [<!ENTITY a "b"`)).toMatch(/DOCTYPE or entity declaration that cannot be removed safely/);
  });
});
