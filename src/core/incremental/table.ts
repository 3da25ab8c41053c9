// The table path: an edit inside one body row of a table re-parses that row under the table's head.
import type { Statement } from '../analysis';
import { extractProse } from '../markdown/prose';
import {
  blankBefore,
  nextLineStart,
  offsetsOf,
  parseWithDefinitions,
  shiftUnit,
} from '../markdown/blocks';
import { lineEndOf, lineStartOf } from '../text/lines';
import { span, type TextChange } from './text-change';
import { firstIndex, settle, type Block, type Plan, type State } from './state';

/** An edit inside one body row of a table: re-parse that row under the table's head. */
export function rowPlan(state: State, body: string, c: TextChange, k: number): Plan | undefined {
  const old = state.body;
  const block = state.blocks[k]!;
  const start = state.starts[k]!;
  const lineStart = state.lineStarts[k]!;
  const { e0, e1, delta } = span(c);
  if (hasLineEnding(c.insertText) || hasLineEnding(old.slice(e0, e1))) return undefined;
  const units = block.units;
  if (units.length < 2 || units.some((u) => u.kind !== 'tableRow' || u.nested)) return undefined;
  // The head is re-parsed at the start of a text: it must follow a blank line there too.
  if (!blankBefore(old, lineStart)) return undefined;
  settle(block, start);
  const bodyStart = nextLineStart(old, nextLineStart(old, start));
  const r = firstIndex(units, (u) => u.end >= e0);
  const row = units[r];
  if (!row || r === 0) return undefined;
  const rowStart = lineStartOf(old, row.start);
  const rowEnd = lineEndOf(old, row.start);
  if (rowStart < bodyStart || e0 < rowStart || e1 > rowEnd || row.end > rowEnd) return undefined;
  // The head and delimiter rows as they are, then the edited row.
  const head = old.slice(lineStart, bodyStart);
  const text = head + body.slice(rowStart, rowEnd + delta);
  const parsed = parseWithDefinitions(text, false, () => [...state.definitions.keys()]);
  const table = parsed?.children[0];
  if (!parsed || parsed.count !== 1 || table?.type !== 'table' || table.children.length !== 2) {
    return undefined;
  }
  const [, tableEnd] = offsetsOf(table);
  if (tableEnd > text.length) return undefined;
  const shift = rowStart - head.length;
  const end = r === units.length - 1 ? tableEnd + shift : state.ends[k]! + delta;
  const doc = extractProse(parsed.source, { type: 'root', children: [table] });
  const unit = doc.units[1];
  if (!unit) return undefined;
  shiftUnit(unit, shift);
  unit.blockEnd = end;
  const rowDirectives = doc.directives.filter((d) => d.start >= head.length);
  for (const d of rowDirectives) {
    d.start += shift;
    d.end += shift;
  }
  const after = block.directives.filter((d) => d.start > rowEnd);
  const statements = block.statements.slice();
  // The head's statement is analysed in the language of the first body row.
  const headerCache = r === 1 ? undefined : rekey(block.headerCache, end);
  if (headerCache) statements[r] = undefined;
  else statements.fill(undefined);
  const units2 = units.slice();
  units2[r] = unit;
  const fresh: Block = {
    type: block.type,
    units: units2,
    unitsAt: start,
    statements,
    headerCache,
    directives: [...block.directives.filter((d) => d.start < rowStart), ...rowDirectives, ...after],
    definitions: [],
    findings: [],
  };
  return {
    lo: k,
    hi: k,
    fresh: [{ block: fresh, start, end, lineStart }],
    kind: 'in-block',
    apply: () => {
      for (const d of after) {
        d.start += delta;
        d.end += delta;
      }
      units.forEach((u, q) => {
        if (q > r) shiftUnit(u, delta);
        if (q !== r) u.blockEnd = end;
      });
    },
  };
}

/** A header cache for a table whose end moved (one table per block: at most one entry). */
function rekey(
  cache: Map<number, Statement | undefined> | undefined,
  end: number,
): Map<number, Statement | undefined> | undefined {
  if (!cache || cache.size !== 1) return undefined;
  const [value] = cache.values();
  return new Map([[end, value]]);
}

function hasLineEnding(text: string): boolean {
  return text.includes('\n') || text.includes('\r');
}
