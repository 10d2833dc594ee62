/**
 * Opens an EPUB the way a reading system does (container → package → spine) and parses its
 * content documents with the strict test reader, for tests that check what readers get.
 */
import { execFile } from "node:child_process";
import JSZip from "jszip";
import { findAll, parseXml, type XmlElement } from "./xhtml-reader.ts";

export interface OpenedEpub {
  zip: JSZip;
  /** Entry names in zip order. */
  entries: string[];
  packagePath: string;
  packageXml: string;
  /** Folder of the package document, ending in "/". */
  base: string;
  /** Content documents in spine order (the navigation document excluded), parsed. */
  documents: Array<{ href: string; root: XmlElement; source: string }>;
  navigation: { href: string; root: XmlElement; source: string };
  text(path: string): Promise<string>;
}

export async function openEpub(bytes: Uint8Array): Promise<OpenedEpub> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string): Promise<string> => {
    const entry = zip.file(path);
    if (!entry) throw new Error(`${path} is not in the EPUB`);
    return entry.async("string");
  };
  const container = parseXml(await text("META-INF/container.xml"));
  const packagePath = findAll(container, (e) => e.name === "rootfile")[0]?.attributes["full-path"] ?? "";
  const packageXml = await text(packagePath);
  const pkg = parseXml(packageXml);
  const base = packagePath.includes("/") ? packagePath.slice(0, packagePath.lastIndexOf("/") + 1) : "";
  const items = new Map(findAll(pkg, (e) => e.name === "item").map((item) => [item.attributes.id ?? "", item.attributes]));
  const navHref = [...items.values()].find((item) => (item.properties ?? "").split(" ").includes("nav"))?.href ?? "";
  const load = async (href: string): Promise<{ href: string; root: XmlElement; source: string }> => {
    const source = await text(base + href);
    return { href, root: parseXml(source), source };
  };
  const spineHrefs = findAll(pkg, (e) => e.name === "itemref").map((ref) => items.get(ref.attributes.idref ?? "")?.href ?? "");
  const documents = await Promise.all(spineHrefs.filter((href) => href !== navHref).map(load));
  return { zip, entries: Object.keys(zip.files), packagePath, packageXml, base, documents, navigation: await load(navHref), text };
}

export interface EpubCheckReport {
  fatals: number;
  errors: number;
  warnings: number;
  output: string;
}

/** Runs the real EPUBCheck (Debian package) and reads its message counts. */
export function epubCheck(file: string): Promise<EpubCheckReport> {
  return new Promise((resolve, reject) => {
    execFile("java", ["-jar", "/usr/share/java/epubcheck.jar", file], { timeout: 110_000 }, (error, stdout, stderr) => {
      const output = `${stdout}\n${stderr}`;
      const counts = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(output);
      if (!counts) {
        reject(new Error(`EPUBCheck gave no summary${error ? ` (${error.message})` : ""}:\n${output}`));
        return;
      }
      resolve({ fatals: Number(counts[1]), errors: Number(counts[2]), warnings: Number(counts[3]), output });
    });
  });
}
