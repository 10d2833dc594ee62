import { readFileSync } from "node:fs";
import { parseArticle } from "/work/main/scripts/lib/document/article.ts";
const f = process.argv[2]!;
const t = Date.now();
parseArticle(readFileSync(f, "utf8"), f);
console.log("parse ms", Date.now() - t);
