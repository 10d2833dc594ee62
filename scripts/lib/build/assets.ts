/** Shared files of the web edition under <out>/assets: the stylesheet and the font files it names. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fontFaceCss, fontFaces } from "../fonts/font-faces.ts";
import { stylesDir } from "../project-paths.ts";
import { writeFileAtomic } from "./atomic-write.ts";

export async function publishAssets(outDir: string): Promise<void> {
  const assets = join(outDir, "assets");
  const css = `${fontFaceCss("fonts")}\n\n${await readFile(join(stylesDir, "web.css"), "utf8")}`;
  await writeFileAtomic(join(assets, "web.css"), css);
  await Promise.all(fontFaces().map(async (face) => writeFileAtomic(join(assets, "fonts", face.fileName), await readFile(face.path))));
}
