// What the counted engine bundle (counted-engine.ts) exports: the engine, its own counters, and
// the counters that the bundle's instrumentation adds (declared by the bundle's banner).
export { lint } from '../../../src/core';
import type { work as counters } from '../../../src/core/work';
export { work, resetWork } from '../../../src/core/work';

/** The engine's own counters (src/core/work.ts). */
export type Work = typeof counters;

declare const __uxcxSteps: Record<string, number>;

/** The instrumentation's counters (see counted-engine.ts). */
export function instrumentedSteps(): Record<string, number> {
  return __uxcxSteps;
}
