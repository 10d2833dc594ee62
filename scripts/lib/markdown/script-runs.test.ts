import { describe, expect, it } from "vitest";
import { foreignRuns, isRightToLeft, scriptLanguageGuess, scriptRuns } from "./script-runs.ts";

const dominantScriptLanguage = (text: string): string | undefined => scriptLanguageGuess(text).lang;

const marked = (text: string, lang: string, scripts: Record<string, string> = {}): string[] =>
  foreignRuns(text, lang, scripts).map((run) => `${text.slice(run.start, run.end)}|${run.lang}${run.dir ? `|${run.dir}` : ""}`);

describe("foreign-script runs", () => {
  it("marks Arabic script in English text right to left, with the article's choice of language", () => {
    expect(marked("Mosaddegh (محمد مصدق) said", "en")).toEqual(["محمد مصدق|ar|rtl"]);
    expect(marked("Mosaddegh (محمد مصدق) said", "en", { Arab: "fa" })).toEqual(["محمد مصدق|fa|rtl"]);
  });

  it("gives an Arabic-script run the language whose letters it has, when the article's language for the script does not write them", () => {
    expect(marked("Zahedi (زاهدی) and the library (مكتبة الإسكندرية)", "en", { Arab: "fa" })).toEqual(["زاهدی|fa|rtl", "مكتبة الإسكندرية|ar|rtl"]);
    expect(marked("Karimi (داریوش کریمی)", "en")).toEqual(["داریوش کریمی|fa|rtl"]);
  });

  it("leaves a document's own script alone and marks the Latin words of a Persian text with their language only", () => {
    expect(marked("محمد مصدق", "fa")).toEqual([]);
    expect(marked("کتاب CNN و BBC", "fa")).toEqual(["CNN|en", "BBC|en"]);
    expect(marked("کتاب CNN", "fa", { Latn: "fr" })).toEqual(["CNN|fr"]);
  });

  it("tells Greek, Cyrillic and Hebrew apart", () => {
    expect(marked("the city of Αθήνα and Москва and ירושלים.", "en")).toEqual(["Αθήνα|el", "Москва|ru", "ירושלים|he|rtl"]);
    expect(marked("δῆμος", "en", { Grek: "grc" })).toEqual(["δῆμος|grc"]);
  });

  it("gives Han characters to the kana or Hangul beside them, else to Chinese, except in CJK text, where they are its own", () => {
    expect(marked("Beijing is 北京.", "en")).toEqual(["北京|zh"]);
    expect(marked("日本語のテキスト here", "en")).toEqual(["日本語のテキスト|ja"]);
    expect(marked("한국어 and 漢字", "en")).toEqual(["한국어|ko", "漢字|zh"]);
    expect(marked("日本語のテキスト", "ja")).toEqual([]);
    expect(marked("韓国語では한국어", "ja")).toEqual(["한국어|ko"]);
    expect(marked("中文和ひらがな", "zh")).toEqual(["ひらがな|ja"]);
    expect(marked("한국어 漢字", "ko")).toEqual([]);
  });

  it("keeps spaces and punctuation outside a run unless they stand between its letters", () => {
    const text = "(Αθήνα, Σπάρτη)";
    expect(scriptRuns(text).map((run) => text.slice(run.start, run.end))).toEqual(["Αθήνα, Σπάρτη"]);
    expect(marked("1951 ۲۸ مرداد.", "en")).toEqual(["۲۸ مرداد|ar|rtl"]);
  });

  it("opens a run at a mark standing alone, so that its script's face sets it", () => {
    const text = "क + ् + ष, and प्र";
    expect(scriptRuns(text).map((run) => text.slice(run.start, run.end))).toEqual(["क", "् + ष", "and", "प्र"]);
  });

  it("knows which languages run right to left", () => {
    expect(["fa", "ar", "he", "ur", "fa-IR"].map(isRightToLeft)).toEqual([true, true, true, true, true]);
    expect(["en", "zh", "el", "ru", "xx"].map(isRightToLeft)).toEqual([false, false, false, false, false]);
  });
});

describe("an article's language from its script, when its front matter names none", () => {
  it("is the language of the script most of its letters are in, addresses left out", () => {
    expect(dominantScriptLanguage("これは日本語の文章です。漢字も使います。")).toBe("ja");
    expect(dominantScriptLanguage("这是中文文章，没有假名。")).toBe("zh");
    expect(dominantScriptLanguage("한국어 문장입니다. 漢字")).toBe("ko");
    expect(dominantScriptLanguage("Это русский текст https://example.org/a/very/long/english/path/to/a/page")).toBe("ru");
    expect(dominantScriptLanguage("این یک متن فارسی است که گفته شد")).toBe("fa");
    expect(dominantScriptLanguage("বাংলা ভাষার একটি লেখা")).toBe("bn");
  });

  it("is none for Latin letters, which do not tell the language, or for a text of mixed scripts", () => {
    expect(dominantScriptLanguage("An English text with 漢字 in it.")).toBeUndefined();
    expect(dominantScriptLanguage("Un texte français.")).toBeUndefined();
    expect(dominantScriptLanguage("Αθήνα and Москва and 東京 and القاهرة")).toBeUndefined();
    // A slim majority is no language: an English article quoting Persian at length.
    expect(dominantScriptLanguage("The phrase «می‌خواهم بروم» means I want to go. Plain: سازمان مجاهدین خلق ایران")).toBeUndefined();
    expect(dominantScriptLanguage("Тут немного русского, and rather more English words here")).toBeUndefined();
    expect(dominantScriptLanguage("中文文本。日本語のテキスト。한국어 텍스트. 这是中文注释。これは日本語の注です。이것은 한국어 주석입니다.")).toBeUndefined();
  });
});
