import { readEmphasis, emphasisMarkedHtml } from "/tmp/wt/scripts/lib/markdown/title-emphasis.ts";
for (const t of ["Reading *Ulysses* Today", "Plain title", "5 * 3 = 15", "A **bold** and _it_ and `code`", "Escaped \\*star\\*", "The *Shāhnāma* and *شاهنامه*", "snake_case_name"]) {
  const r = readEmphasis(t); console.log(JSON.stringify(r), emphasisMarkedHtml(r.plain, r.spans, { lang: "en", scriptLanguages: {} }));
}
