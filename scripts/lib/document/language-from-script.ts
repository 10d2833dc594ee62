/**
 * An article's or a book's language when its front matter names none: the language of the
 * script two thirds of its letters are in, else the default. Where a script other than Latin
 * holds between a third and two thirds, the text could be either (a Persian article citing
 * English sources, an English one quoting Persian), and a wrong guess sets every page's
 * direction and the screen reader's voice: the title, written in the text's own language,
 * decides; where it does not, the default is kept and the author is told how to say which.
 */
import type { Diagnostic, SourceLocation } from "../errors.ts";
import { scriptLanguageGuess } from "../markdown/script-runs.ts";

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
const nameOf = (lang: string): string => languageNames.of(lang) ?? lang;

/** `text`: the whole text, title included. */
export function languageFromScript(text: string, title: string, fallback: string, location: SourceLocation): { lang: string; diagnostics: Diagnostic[] } {
  const guess = scriptLanguageGuess(text);
  if (guess.lang) return { lang: guess.lang, diagnostics: [] };
  if (!guess.unclear) return { lang: fallback, diagnostics: [] };
  const { lang, percent } = guess.unclear;
  if (scriptLanguageGuess(title).lang === lang) return { lang, diagnostics: [] };
  return {
    lang: fallback,
    diagnostics: [
      {
        severity: "warning",
        code: "language-unclear",
        message: `no \`lang:\` is set and ${percent}% of the letters are in the script of ${nameOf(lang)}: the text is taken to be ${nameOf(fallback)} (${fallback}); set \`lang: ${fallback}\` or \`lang: ${lang}\` to say which`,
        location,
      },
    ],
  };
}
