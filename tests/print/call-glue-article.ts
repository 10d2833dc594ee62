/**
 * An article whose note calls follow the characters after which Chromium may break a line
 * ("?", "!", a dash, an ellipsis, a hyphen, a CJK character, a space, a word in emphasis
 * ending in "?"), each with the line before it a little longer than the last, so that some
 * call lands where a line ends. Used to show that no call starts a line.
 */
const endings = ["really?", "so it was—", "and then…", "at once!", "well-", "中文", "word ", "*truly?*", "done.", "close”"];

export function callGlueMarkdown(count: number): string {
  const body: string[] = [];
  const notes: string[] = [];
  for (let i = 1; i <= count; i++) {
    const ending = endings[i % endings.length] ?? "";
    // Lead-in words of varying length move the call along the line from one paragraph to the next.
    const lead = Array.from({ length: 6 + (i % 7) }, (_, k) => "lorem ipsum dolor sit amet consectetur".split(" ")[(i + k) % 6]).join(" ");
    const pad = "x".repeat(i % 9);
    // Two calls in a row now and then: the whole run must stay with the character before it.
    const calls = i % 4 === 0 ? `[^n${i}][^m${i}]` : `[^n${i}]`;
    body.push(`${lead} ${pad}${ending}${calls} after the call the sentence goes on for a while.`);
    notes.push(`[^n${i}]: Note for ending ${i}.`);
    if (i % 4 === 0) notes.push(`[^m${i}]: Second note for ending ${i}.`);
  }
  return `---
title: Calls at the end of lines
lang: en
date: 2023-03-04
---

${body.join("\n\n")}

${notes.join("\n")}
`;
}
