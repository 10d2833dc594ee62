import { describe, expect, it } from "vitest";
import { VirtualSite } from "../../browser/virtual-site.ts";
import { addPrintPage, printAssetUrls, printPageCharacters } from "./print-assets.ts";

const page = (body: string): string => `<!DOCTYPE html><html><body><p>${body}</p></body></html>`;

async function served(site: VirtualSite, path: string): Promise<string | undefined> {
  const found = await site.lookup(site.url(path));
  return found === undefined ? undefined : typeof found.body === "string" ? found.body : new TextDecoder().decode(found.body);
}

describe("the print page's characters", () => {
  it("include the text the stylesheets generate, escapes decoded", () => {
    // print.css separates sections with `content: "*\2002*\2002*"` (an en space).
    const characters = printPageCharacters(page("text"));
    expect(characters).toContain("\u2002");
    expect(characters.startsWith(page("text"))).toBe(true);
  });

  it("leave the stylesheets' comments out", () => {
    // print-a5.css's header comment has "148 × 210 mm"; no rule prints a multiplication sign.
    expect(printPageCharacters(page("text"))).not.toContain("×");
  });
});

describe("addPrintPage", () => {
  it("serves the page and a sheet of the faces its text needs, and removes both", async () => {
    const site = new VirtualSite();
    const latin = addPrintPage(site, "plain", page("Plain text"), "en");
    const greek = addPrintPage(site, "greek", page("Athens, Αθήνα"), "el");
    const korean = addPrintPage(site, "korean", page("한국어 텍스트, 漢字"), "ko");
    expect(latin.path).toBe("/plain/print.html");
    expect(await served(site, latin.path)).toBe(page("Plain text"));

    const latinFaces = await served(site, printAssetUrls.fontsCss("plain"));
    const greekFaces = await served(site, printAssetUrls.fontsCss("greek"));
    expect(latinFaces).toMatch(/source-serif-4-latin-400-normal\.woff2/);
    expect(latinFaces).not.toMatch(/greek|cyrillic|vietnamese|vazirmatn/);
    expect(latinFaces).toContain("--font-text:");
    expect(greekFaces).toMatch(/source-serif-4-greek-700-italic\.woff2/);
    expect(greekFaces).not.toMatch(/noto-serif/);
    // A Korean page declares the Korean face's slices its Hangul and Hanja need, and the stack for every language.
    const koreanFaces = (await served(site, printAssetUrls.fontsCss("korean"))) ?? "";
    expect(koreanFaces).toMatch(/font-family: "Noto Serif KR";[^}]*noto-serif-kr-\d+-400-normal\.woff2/);
    expect(koreanFaces).not.toMatch(/noto-serif-(sc|jp|tc)-/);
    expect(koreanFaces).toMatch(/:root:lang\(ko\) \{ --font-text: "Source Serif 4 Accented", "Source Serif 4", "Noto Serif KR"/);

    latin.remove();
    korean.remove();
    expect(await served(site, latin.path)).toBeUndefined();
    expect(await served(site, printAssetUrls.fontsCss("plain"))).toBeUndefined();
    expect(await served(site, greek.path)).toBeDefined();
  });

  it("keeps a page two renders of one article share until the second is done", async () => {
    const site = new VirtualSite();
    const first = addPrintPage(site, "shared", page("Text"), "en");
    const second = addPrintPage(site, "shared", page("Text"), "en");
    first.remove();
    first.remove();
    expect(await served(site, first.path)).toBeDefined();
    expect(await served(site, printAssetUrls.fontsCss("shared"))).toBeDefined();
    second.remove();
    expect(await served(site, first.path)).toBeUndefined();
    expect(await served(site, printAssetUrls.fontsCss("shared"))).toBeUndefined();
  });
});
