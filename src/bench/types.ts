/**
 * A benchmark figure as `npm run bench` prints it: a measured value beside a baseline
 * measured in the same run, and the goal it is held to.
 */
export interface BenchRow {
  /** What was measured, e.g. "telegram webhook updates/s". */
  name: string;
  value: number;
  unit: string;
  /** The baseline measured in the same run, when there is one. */
  baseline?: { name: string; value: number };
  /** The goal in words, e.g. "≥ 0.8× bare telegraf". */
  goal?: string;
  /** Whether the goal was met in this run (undefined when there is no goal). */
  met?: boolean;
}
