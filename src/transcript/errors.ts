// Input problems: each names the file, the line, the JSON path and what was expected.

export interface InputProblem {
  /** 1-based line in the file, when known. */
  readonly line: number | null;
  /** JSON path of the bad field ("utterances[3].start"), when the input is JSON. */
  readonly path: string | null;
  /** What is wrong, e.g. "expected number, got string". */
  readonly message: string;
}

/** Thrown by parsers; carries every problem found in one call (or file). */
export class InputError extends Error {
  readonly file: string;
  readonly problems: readonly InputProblem[];

  constructor(file: string, problems: InputProblem[]) {
    super(problems.map((p) => formatProblem(file, p)).join('\n'));
    this.name = 'InputError';
    this.file = file;
    this.problems = problems;
  }
}

/** "calls/a.json:12: utterances[3].start: expected number, got string" */
export function formatProblem(file: string, p: InputProblem): string {
  const where = p.line != null ? `${file}:${p.line}` : file;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}
