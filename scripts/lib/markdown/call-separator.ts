/**
 * What stands between two calls with nothing between them (`word.[^a][^b]`): a raised comma,
 * so that notes 1 and 2 never read as note 12. Every edition prints the same separator, and
 * the verifier splits a run of raised digits on it.
 */
export const callSeparator = ",";

/** The separator as markup, raised like the calls, hidden from screen readers (each call has its own name). */
export const callSeparatorHtml = `<sup class="note-call-separator" aria-hidden="true">${callSeparator}</sup>`;
