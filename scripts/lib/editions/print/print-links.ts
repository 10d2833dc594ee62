/**
 * A cited work is no link on paper: the reader turns to the bibliography. A link there would
 * also be one more link annotation in the PDF, which the verifier reads for note calls
 * (a citation printing "2001" under a link looks like a call to note 2001).
 */
export const noCitationLink = (): undefined => undefined;
