/** The sample's notes as the original legacy text writes them: the reference every edition is checked against. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../scripts/lib/project-paths.ts";

export const seedFile = join(projectRoot, "content", "sources", "mko-fears-us-withdrawal.txt");

/** Note number → text, read straight from the seed's trailing list (independent of the importer). */
export function seedNotes(): Map<number, string> {
  const notes = new Map<number, string>();
  for (const line of readFileSync(seedFile, "utf8").split("\n")) {
    const match = /^\[(\d+)\]\s*(.+?)\s*$/.exec(line);
    if (match) notes.set(Number(match[1]), match[2] ?? "");
  }
  return notes;
}
