import type { LocatedProblem } from '../output';

/** A file's problems as a report shows them. */
export interface ReportedFile {
  path: string;
  problems: LocatedProblem[];
}

/** Writes `check`'s results in one format: each file as it is checked (in order), then the end of the report. */
export interface Reporter {
  file(file: ReportedFile): void;
  end(): void;
}
