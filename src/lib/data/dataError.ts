/** One thing wrong in the data: where it is and what is wrong. */
export interface DataIssue {
  file: string;
  /** The id of the event or entity, when the file holds one. */
  id?: string;
  /** Dotted path of the field ("summary.vi", "participants.0.person"). */
  field?: string;
  message: string;
}

/** Formats an issue as one line a maintainer can act on. */
export function formatIssue(issue: DataIssue): string {
  const where = [issue.file, issue.id && `id ${issue.id}`, issue.field && `field ${issue.field}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${issue.message}`;
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
