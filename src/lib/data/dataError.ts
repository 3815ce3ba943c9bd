/** One thing wrong in the data: where it is and what is wrong. */
export interface DataIssue {
  file: string;
  /** The id of the event or entity, when the file holds one. */
  id?: string;
  /** Dotted path of the field ("summary.vi", "participants.0.person"). */
  field?: string;
  message: string;
}

// Longest file, id or field, and message printed whole: keys from a hostile
// file can be any length, and a message can quote one.
const MAX_PLACE = 200;
const MAX_MESSAGE = 1000;

/**
 * A text safe to print on a terminal: control and bidirectional characters
 * (which could recolour the terminal or reorder the line) shown as \u{…},
 * and cut after `max` characters.
 */
export function printable(text: string, max = MAX_MESSAGE): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`
  );
}

/** Formats an issue as one line a maintainer can act on. */
export function formatIssue(issue: DataIssue): string {
  const place = (text: string) => printable(text, MAX_PLACE);
  const where = [place(issue.file), issue.id && `id ${place(issue.id)}`, issue.field && `field ${place(issue.field)}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${printable(issue.message)}`;
}

/** Thrown when the data folder does not validate; lists every issue found. */
export class DataValidationError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(
      `The timeline data has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n')
    );
    this.name = 'DataValidationError';
  }
}
