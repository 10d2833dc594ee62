/**
 * A generated article that cites: `citations` citations of `works` invented works (a CSL-JSON
 * bibliography), with locators, repeats that make "Ibid.", and an author's note every tenth
 * citation, for measuring what citation processing costs (npm run bench).
 */

export interface CitedArticle {
  markdown: string;
  /** The bibliography, CSL-JSON text, to be saved as `works.json` beside the article. */
  worksJson: string;
}

export function generateCitedArticle(citations: number, works: number): CitedArticle {
  const items = Array.from({ length: works }, (_, i) => ({
    id: `work${i + 1}`,
    type: i % 3 === 0 ? "article-journal" : "book",
    title: `Study number ${i + 1} of rivers, borders and their newspapers`,
    author: [{ family: `Author${i + 1}`, given: "Sam" }],
    ...(i % 3 === 0 ? { "container-title": "Journal of Generated Studies", volume: String(1 + (i % 40)), page: `${10 + i}-${30 + i}` } : { publisher: "Bench Press", "publisher-place": "Chicago" }),
    issued: { "date-parts": [[1950 + (i % 70)]] },
  }));
  const sentences: string[] = [];
  const notes: string[] = [];
  for (let i = 0; i < citations; i++) {
    // Every third citation repeats the one before (Ibid.), the rest walk through the works.
    const work = i % 3 === 2 ? Math.floor((i - 1) / 3) % works : Math.floor(i / 3) % works;
    const locator = i % 4 === 0 ? `, p. ${(i % 90) + 1}` : i % 4 === 1 ? `, chap. ${(i % 12) + 1}` : "";
    sentences.push(`Sentence ${i + 1} rests on a source [@work${work + 1}${locator}].`);
    if (i % 10 === 9) {
      notes.push(`[^aside${i}]: An aside of the author's, without a citation.`);
      sentences.push(`An aside follows.[^aside${i}]`);
    }
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 8) paragraphs.push(sentences.slice(i, i + 8).join(" "));
  const markdown = `---\ntitle: ${citations} citations\ndate: 2024-05-01\ndescription: A generated article with ${citations} citations.\nbibliography: works.json\n---\n\n${paragraphs.join("\n\n")}\n\n${notes.join("\n")}\n`;
  return { markdown, worksJson: `${JSON.stringify(items, null, 2)}\n` };
}
