/**
 * The words the editions add around the author's text: headings of the parts they make
 * ("Notes", "Contents", "Bibliography"), the words of cross-references and captions
 * ("section 2.3", "Figure 4.", "on page 12"), the copyright page's lines and the names screen
 * readers speak for calls and links. One table, read by every edition and by the read-back, so
 * a French book says "tableau 2, à la page 41" in its PDF, its EPUB and on the web alike, and
 * the verifier reads those same words back. A language not listed here gets English.
 */
export interface EditionWords {
  notes: string;
  /** The heading of an article's abstract (front matter `abstract:`). */
  abstract: string;
  contents: string;
  /** The list of works cited, under a note style ("Bibliography") and an author-date one ("References"). */
  bibliography: string;
  references: string;
  /** The EPUB's navigation: the page list, the landmarks, and the landmark for the text's start. */
  pages: string;
  landmarks: string;
  start: string;
  /** The words of cross-references and captions. */
  crossrefs: CrossrefWords;
  /** Accessible name of a call, which shows only the number: "Note 7". */
  call(number: number | string): string;
  /** Accessible name of the number at the start of a note, which leads back to its first call. */
  backToFirstCall(number: number): string;
  /** Accessible name of the link back to a later call (`occurrence` counts from 0). */
  backToCall(number: number, occurrence: number): string;
  /** The PDF's name for the link on a note's number, which leads back to its call. */
  backFromNote(number: number): string;
  /** The PDF's name for a link to a place in the document: "Link to figure 4". */
  linkTo(what: string): string;
  /** The copyright page's lines. */
  edition(edition: string): string;
  publishedBy(publisher: string, year: string | undefined): string;
  identifier: string;
  copyright: string;
  /** The web edition's links to the other editions and between a book's chapter pages. */
  /** The web page's link to the catalog, and the name of its list of the other editions. */
  allArticles: string;
  otherEditions: string;
  printEdition: string;
  ebookEdition: string;
  previous: string;
  next: string;
  /** The name of the links between a book's chapter pages. */
  chapters: string;
  /** The web page's footer: how many notes the work has, numbered alike in every edition. */
  identicalNotes(count: number): string;
}

export interface CrossrefWords {
  /** A cross-reference's word as running text writes it: "section 2.3", "figure 4", "table 1". */
  section: string;
  figure: string;
  table: string;
  /** "note 7": a reference to a note by its label (`@fn:name`). */
  note: string;
  /** The word opening a caption: "Figure 4.", "Table 1.". */
  figureCaption: string;
  tableCaption: string;
  /** What the print edition adds after a cross-reference, before the page's number: "on page 12". */
  onPage: string;
}

const englishCrossrefs: CrossrefWords = { section: "section", figure: "figure", table: "table", note: "note", figureCaption: "Figure", tableCaption: "Table", onPage: "on page" };

/**
 * Persian and Arabic cross-references and captions keep these English words for now. Around
 * their numbers, right-to-left words split a reference into several pieces of a PDF's text
 * layer and link (one per direction), which the read-back cannot yet put back in reading order;
 * a reference it cannot read would stop every such book from publishing. Their headings and
 * accessible names, which hold no numbers, are in the document's language.
 */
const rightToLeftCrossrefs = englishCrossrefs;

const english: EditionWords = {
  notes: "Notes",
  abstract: "Abstract",
  contents: "Contents",
  bibliography: "Bibliography",
  references: "References",
  pages: "Pages",
  landmarks: "Landmarks",
  start: "Start of text",
  crossrefs: englishCrossrefs,
  call: (n) => `Note ${n}`,
  backToFirstCall: (n) => `Note ${n}, back to the text`,
  backToCall: (n, occurrence) => `Back to call ${occurrence + 1} of note ${n}`,
  backFromNote: (n) => `Back to the call of note ${n}`,
  linkTo: (what) => `Link to ${what}`,
  edition: (edition) => `Edition ${edition}`,
  publishedBy: (publisher, year) => `Published by ${publisher}${year ? `, ${year}` : ""}`,
  identifier: "Identifier",
  copyright: "Copyright",
  allArticles: "All articles",
  otherEditions: "Other editions",
  printEdition: "Print edition (PDF)",
  ebookEdition: "E-book edition (EPUB)",
  previous: "Previous",
  next: "Next",
  chapters: "Chapters",
  identicalNotes: (n) => `${n} ${n === 1 ? "note" : "notes"}, numbered identically in the web, print and e-book editions.`,
};

const byLanguage: Record<string, EditionWords> = {
  en: english,
  de: {
    notes: "Anmerkungen",
    abstract: "Zusammenfassung",
    contents: "Inhalt",
    bibliography: "Literaturverzeichnis",
    references: "Literatur",
    pages: "Seiten",
    landmarks: "Orientierungspunkte",
    start: "Textanfang",
    // German writes nouns with a capital inside a sentence too.
    crossrefs: { section: "Abschnitt", figure: "Abbildung", table: "Tabelle", note: "Anmerkung", figureCaption: "Abbildung", tableCaption: "Tabelle", onPage: "auf Seite" },
    call: (n) => `Anmerkung ${n}`,
    backToFirstCall: (n) => `Anmerkung ${n}, zurück zum Text`,
    backToCall: (n, occurrence) => `Zurück zum ${occurrence + 1}. Verweis auf Anmerkung ${n}`,
    backFromNote: (n) => `Zurück zum Verweis auf Anmerkung ${n}`,
    linkTo: (what) => `Verweis auf ${what}`,
    edition: (edition) => `Ausgabe ${edition}`,
    publishedBy: (publisher, year) => `Veröffentlicht von ${publisher}${year ? `, ${year}` : ""}`,
    identifier: "Kennung",
    copyright: "Impressum",
    allArticles: "Alle Artikel",
    otherEditions: "Weitere Ausgaben",
    printEdition: "Druckausgabe (PDF)",
    ebookEdition: "E-Book-Ausgabe (EPUB)",
    previous: "Zurück",
    next: "Weiter",
    chapters: "Kapitel",
    identicalNotes: (n) => `${n} ${n === 1 ? "Anmerkung" : "Anmerkungen"}, gleich nummeriert in der Web-, Druck- und E-Book-Ausgabe.`,
  },
  fr: {
    notes: "Notes",
    abstract: "Résumé",
    contents: "Table des matières",
    bibliography: "Bibliographie",
    references: "Références",
    pages: "Pages",
    landmarks: "Repères",
    start: "Début du texte",
    crossrefs: { section: "section", figure: "figure", table: "tableau", note: "note", figureCaption: "Figure", tableCaption: "Tableau", onPage: "à la page" },
    call: (n) => `Note ${n}`,
    backToFirstCall: (n) => `Note ${n}, retour au texte`,
    backToCall: (n, occurrence) => `Retour à l’appel ${occurrence + 1} de la note ${n}`,
    backFromNote: (n) => `Retour à l’appel de la note ${n}`,
    linkTo: (what) => `Lien vers ${what}`,
    edition: (edition) => `Édition ${edition}`,
    publishedBy: (publisher, year) => `Publié par ${publisher}${year ? `, ${year}` : ""}`,
    identifier: "Identifiant",
    copyright: "Droits",
    allArticles: "Tous les articles",
    otherEditions: "Autres éditions",
    printEdition: "Édition imprimée (PDF)",
    ebookEdition: "Livre numérique (EPUB)",
    previous: "Précédent",
    next: "Suivant",
    chapters: "Chapitres",
    identicalNotes: (n) => `${n} ${n <= 1 ? "note, numérotée" : "notes, numérotées"} de même dans les éditions web, imprimée et numérique.`,
  },
  es: {
    notes: "Notas",
    abstract: "Resumen",
    contents: "Índice",
    bibliography: "Bibliografía",
    references: "Referencias",
    pages: "Páginas",
    landmarks: "Puntos de referencia",
    start: "Inicio del texto",
    crossrefs: { section: "sección", figure: "figura", table: "tabla", note: "nota", figureCaption: "Figura", tableCaption: "Tabla", onPage: "en la página" },
    call: (n) => `Nota ${n}`,
    backToFirstCall: (n) => `Nota ${n}, volver al texto`,
    backToCall: (n, occurrence) => `Volver a la llamada ${occurrence + 1} de la nota ${n}`,
    backFromNote: (n) => `Volver a la llamada de la nota ${n}`,
    linkTo: (what) => `Enlace a ${what}`,
    edition: (edition) => `Edición ${edition}`,
    publishedBy: (publisher, year) => `Publicado por ${publisher}${year ? `, ${year}` : ""}`,
    identifier: "Identificador",
    copyright: "Derechos",
    allArticles: "Todos los artículos",
    otherEditions: "Otras ediciones",
    printEdition: "Edición impresa (PDF)",
    ebookEdition: "Libro electrónico (EPUB)",
    previous: "Anterior",
    next: "Siguiente",
    chapters: "Capítulos",
    identicalNotes: (n) => `${n} ${n === 1 ? "nota, numerada" : "notas, numeradas"} igual en las ediciones web, impresa y electrónica.`,
  },
  it: {
    notes: "Note",
    abstract: "Sommario",
    contents: "Indice",
    bibliography: "Bibliografia",
    references: "Riferimenti bibliografici",
    pages: "Pagine",
    landmarks: "Punti di riferimento",
    start: "Inizio del testo",
    crossrefs: { section: "sezione", figure: "figura", table: "tabella", note: "nota", figureCaption: "Figura", tableCaption: "Tabella", onPage: "a pagina" },
    call: (n) => `Nota ${n}`,
    backToFirstCall: (n) => `Nota ${n}, torna al testo`,
    backToCall: (n, occurrence) => `Torna al richiamo ${occurrence + 1} della nota ${n}`,
    backFromNote: (n) => `Torna al richiamo della nota ${n}`,
    linkTo: (what) => `Collegamento a ${what}`,
    edition: (edition) => `Edizione ${edition}`,
    publishedBy: (publisher, year) => `Pubblicato da ${publisher}${year ? `, ${year}` : ""}`,
    identifier: "Identificativo",
    copyright: "Diritti",
    allArticles: "Tutti gli articoli",
    otherEditions: "Altre edizioni",
    printEdition: "Edizione a stampa (PDF)",
    ebookEdition: "Edizione e-book (EPUB)",
    previous: "Precedente",
    next: "Successivo",
    chapters: "Capitoli",
    identicalNotes: (n) => `${n} ${n === 1 ? "nota, numerata" : "note, numerate"} allo stesso modo nelle edizioni web, a stampa ed e-book.`,
  },
  nl: {
    notes: "Noten",
    abstract: "Samenvatting",
    contents: "Inhoud",
    bibliography: "Bibliografie",
    references: "Literatuur",
    pages: "Pagina’s",
    landmarks: "Oriëntatiepunten",
    start: "Begin van de tekst",
    crossrefs: { section: "paragraaf", figure: "figuur", table: "tabel", note: "noot", figureCaption: "Figuur", tableCaption: "Tabel", onPage: "op pagina" },
    call: (n) => `Noot ${n}`,
    backToFirstCall: (n) => `Noot ${n}, terug naar de tekst`,
    backToCall: (n, occurrence) => `Terug naar verwijzing ${occurrence + 1} naar noot ${n}`,
    backFromNote: (n) => `Terug naar de verwijzing naar noot ${n}`,
    linkTo: (what) => `Koppeling naar ${what}`,
    edition: (edition) => `Editie ${edition}`,
    publishedBy: (publisher, year) => `Uitgegeven door ${publisher}${year ? `, ${year}` : ""}`,
    identifier: "Kenmerk",
    copyright: "Colofon",
    allArticles: "Alle artikelen",
    otherEditions: "Andere edities",
    printEdition: "Gedrukte editie (PDF)",
    ebookEdition: "E-book (EPUB)",
    previous: "Vorige",
    next: "Volgende",
    chapters: "Hoofdstukken",
    identicalNotes: (n) => `${n} ${n === 1 ? "noot" : "noten"}, gelijk genummerd in de web-, print- en e-bookeditie.`,
  },
  pt: {
    notes: "Notas",
    abstract: "Resumo",
    contents: "Sumário",
    bibliography: "Bibliografia",
    references: "Referências",
    pages: "Páginas",
    landmarks: "Pontos de referência",
    start: "Início do texto",
    crossrefs: { section: "seção", figure: "figura", table: "tabela", note: "nota", figureCaption: "Figura", tableCaption: "Tabela", onPage: "na página" },
    call: (n) => `Nota ${n}`,
    backToFirstCall: (n) => `Nota ${n}, voltar ao texto`,
    backToCall: (n, occurrence) => `Voltar à chamada ${occurrence + 1} da nota ${n}`,
    backFromNote: (n) => `Voltar à chamada da nota ${n}`,
    linkTo: (what) => `Link para ${what}`,
    edition: (edition) => `Edição ${edition}`,
    publishedBy: (publisher, year) => `Publicado por ${publisher}${year ? `, ${year}` : ""}`,
    identifier: "Identificador",
    copyright: "Direitos",
    allArticles: "Todos os artigos",
    otherEditions: "Outras edições",
    printEdition: "Edição impressa (PDF)",
    ebookEdition: "Livro digital (EPUB)",
    previous: "Anterior",
    next: "Próximo",
    chapters: "Capítulos",
    identicalNotes: (n) => `${n} ${n === 1 ? "nota, numerada" : "notas, numeradas"} da mesma forma nas edições web, impressa e digital.`,
  },
  fa: {
    notes: "یادداشت‌ها",
    abstract: "چکیده",
    contents: "فهرست",
    bibliography: "کتاب‌نامه",
    references: "منابع",
    pages: "صفحه‌ها",
    landmarks: "نشانه‌ها",
    start: "آغاز متن",
    crossrefs: rightToLeftCrossrefs,
    call: (n) => `یادداشت ${n}`,
    backToFirstCall: (n) => `یادداشت ${n}، بازگشت به متن`,
    backToCall: (n, occurrence) => `بازگشت به ارجاع ${occurrence + 1} یادداشت ${n}`,
    backFromNote: (n) => `بازگشت به ارجاع یادداشت ${n}`,
    linkTo: (what) => `پیوند به ${what}`,
    edition: (edition) => `ویرایش ${edition}`,
    publishedBy: (publisher, year) => `ناشر: ${publisher}${year ? `، ${year}` : ""}`,
    identifier: "شناسه",
    copyright: "شناسنامه",
    allArticles: "همهٔ نوشته‌ها",
    otherEditions: "نسخه‌های دیگر",
    printEdition: "نسخهٔ چاپی (PDF)",
    ebookEdition: "کتاب الکترونیکی (EPUB)",
    previous: "قبلی",
    next: "بعدی",
    chapters: "فصل‌ها",
    identicalNotes: (n) => `تعداد یادداشت‌ها: ${n}، با شماره‌گذاری یکسان در نسخهٔ وب، نسخهٔ چاپی و کتاب الکترونیکی.`,
  },
  ar: {
    notes: "الحواشي",
    abstract: "ملخص",
    contents: "المحتويات",
    bibliography: "قائمة المراجع",
    references: "المراجع",
    pages: "الصفحات",
    landmarks: "معالم",
    start: "بداية النص",
    crossrefs: rightToLeftCrossrefs,
    call: (n) => `حاشية ${n}`,
    backToFirstCall: (n) => `حاشية ${n}، العودة إلى النص`,
    backToCall: (n, occurrence) => `العودة إلى الإحالة ${occurrence + 1} للحاشية ${n}`,
    backFromNote: (n) => `العودة إلى إحالة الحاشية ${n}`,
    linkTo: (what) => `رابط إلى ${what}`,
    edition: (edition) => `الطبعة ${edition}`,
    publishedBy: (publisher, year) => `الناشر: ${publisher}${year ? `، ${year}` : ""}`,
    identifier: "المعرّف",
    copyright: "حقوق النشر",
    allArticles: "كل المقالات",
    otherEditions: "النسخ الأخرى",
    printEdition: "النسخة المطبوعة (PDF)",
    ebookEdition: "الكتاب الإلكتروني (EPUB)",
    previous: "السابق",
    next: "التالي",
    chapters: "الفصول",
    identicalNotes: (n) => `عدد الحواشي: ${n}، بترقيم واحد في نسخة الويب والنسخة المطبوعة والكتاب الإلكتروني.`,
  },
};

/** The words for a BCP 47 language tag (its primary subtag decides); English for a language not listed. */
export function editionWords(lang: string): EditionWords {
  return byLanguage[editionWordsLanguage(lang)] ?? english;
}

/** The language editionWords(lang) gives its words in: the document's own, or English where it has none of its own. */
export function editionWordsLanguage(lang: string): string {
  const primary = primarySubtag(lang);
  return primary in byLanguage ? primary : "en";
}

/** `pt` of `pt-BR`, in lower case. */
export function primarySubtag(lang: string): string {
  return lang.split("-")[0]?.toLowerCase() ?? "en";
}

/** "Figure", "Table": the word that opens a caption of this kind. */
export function captionWord(words: CrossrefWords, kind: "figure" | "table"): string {
  return kind === "figure" ? words.figureCaption : words.tableCaption;
}
