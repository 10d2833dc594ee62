/**
 * The few words the e-book adds around the author's text (navigation titles, the notes
 * region's name, backlink labels). Screen readers speak them, so they follow the book's
 * language where we know it and fall back to English.
 */
export interface EpubLabels {
  notes: string;
  contents: string;
  pages: string;
  landmarks: string;
  start: string;
  /** Accessible name of a call, which shows only the number: "Note 7". */
  call(number: number): string;
  /** Accessible name of the number at the start of a note, which leads back to its first call. */
  backToFirstCall(number: number): string;
  /** Accessible name of the link back to a later call (`occurrence` counts from 0). */
  backToCall(number: number, occurrence: number): string;
}

const english: EpubLabels = {
  notes: "Notes",
  contents: "Contents",
  pages: "Pages",
  landmarks: "Landmarks",
  start: "Start of text",
  call: (n) => `Note ${n}`,
  backToFirstCall: (n) => `Note ${n}, back to the text`,
  backToCall: (n, occurrence) => `Back to call ${occurrence + 1} of note ${n}`,
};

const byLanguage: Record<string, EpubLabels> = {
  en: english,
  de: {
    notes: "Anmerkungen",
    contents: "Inhalt",
    pages: "Seiten",
    landmarks: "Orientierungspunkte",
    start: "Textanfang",
    call: (n) => `Anmerkung ${n}`,
    backToFirstCall: (n) => `Anmerkung ${n}, zurück zum Text`,
    backToCall: (n, occurrence) => `Zurück zum ${occurrence + 1}. Verweis auf Anmerkung ${n}`,
  },
  fr: {
    notes: "Notes",
    contents: "Table des matières",
    pages: "Pages",
    landmarks: "Repères",
    start: "Début du texte",
    call: (n) => `Note ${n}`,
    backToFirstCall: (n) => `Note ${n}, retour au texte`,
    backToCall: (n, occurrence) => `Retour à l’appel ${occurrence + 1} de la note ${n}`,
  },
  fa: {
    notes: "یادداشت‌ها",
    contents: "فهرست",
    pages: "صفحه‌ها",
    landmarks: "نشانه‌ها",
    start: "آغاز متن",
    call: (n) => `یادداشت ${n}`,
    backToFirstCall: (n) => `یادداشت ${n}، بازگشت به متن`,
    backToCall: (n, occurrence) => `بازگشت به ارجاع ${occurrence + 1} یادداشت ${n}`,
  },
  ar: {
    notes: "الحواشي",
    contents: "المحتويات",
    pages: "الصفحات",
    landmarks: "معالم",
    start: "بداية النص",
    call: (n) => `حاشية ${n}`,
    backToFirstCall: (n) => `حاشية ${n}، العودة إلى النص`,
    backToCall: (n, occurrence) => `العودة إلى الإحالة ${occurrence + 1} للحاشية ${n}`,
  },
};

/** Labels for a BCP 47 language tag (only the primary subtag matters here). */
export function epubLabels(lang: string): EpubLabels {
  return byLanguage[lang.split("-")[0]?.toLowerCase() ?? "en"] ?? english;
}

const rightToLeft = new Set(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ku", "ckb"]);

/** Base direction of a language's script, for the `dir` of every content document. */
export function languageDirection(lang: string): "ltr" | "rtl" {
  return rightToLeft.has(lang.split("-")[0]?.toLowerCase() ?? "") ? "rtl" : "ltr";
}
