import type { WorkloadQuery } from '../workload.js';

/** What building an index of one system reports. */
export interface BuildReport {
  /** Units indexed: passages, or posts for the whole-post baseline. */
  units: number;
  /** Markdown bytes read. */
  bytes: number;
}

/** A loaded index that answers workload queries; returns how many results it found. */
export type Answerer = (query: WorkloadQuery) => number;

/** One contender of the benchmark: how it builds an index folder and how it serves from one. */
export interface BenchSystem {
  build(contentDir: string, outDir: string, siteBaseUrl: string): Promise<BuildReport>;
  load(indexDir: string): Promise<Answerer>;
}
