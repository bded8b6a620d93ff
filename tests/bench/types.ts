/** What every benchmark section gets and gives back. */
export interface BenchOptions {
  /** Timed repetitions per measurement (after one warm-up). */
  runs: number;
}

export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
}

export interface SectionResult {
  tables: Table[];
  /** Machine-readable figures for --json. */
  data: unknown;
}

/** A file in sections/ exports `name` and `run`; bench.ts runs them in file-name order. */
export interface BenchSection {
  name: string;
  run(opts: BenchOptions): SectionResult | Promise<SectionResult>;
}
