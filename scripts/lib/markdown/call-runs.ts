/**
 * How a run of note calls is set in print: its first calls stay on the line of the word before
 * them (a call never starts a line, where it would read as the next word's), and in a longer
 * run, the sources of a generated report forty calls in a row, the calls after them may wrap,
 * each whole, after a separator. The print runtime is told this number (editions/print/render-pdf.ts), and
 * the read-back lets a call past it start a line (verify/compare-edition.ts).
 */
export const callsKeptWithText = 3;
