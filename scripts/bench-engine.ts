// What the benchmark measures of the engine, bundled (scripts/bundle.ts) as the CLI, the
// extension and its worker bundle it.
export { lint } from '../src/core';
export { IncrementalLinter, type TextChange } from '../src/core/incremental';
export { parseMarkdown } from '../src/core/markdown/parse';
export { readBudget, textCost } from '../src/core/markdown/budget';
export { plainReading } from '../src/core/markdown/plain';
