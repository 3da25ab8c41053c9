// The list path: an edit inside a top-level list re-parses the items it touches and the next one.
import { extractProse } from '../markdown/prose';
import { listMarkerEnd } from '../markdown/guard';
import {
  blankBefore,
  collectDefinitions,
  offsetsOf,
  parseWithDefinitions,
  shiftUnit,
} from '../markdown/blocks';
import { lineEndOf, lineStartOf } from '../text/lines';
import { span, type TextChange } from './text-change';
import { firstIndex, settle, type Block, type Plan, type State } from './state';

/**
 * An edit inside a top-level list that starts after an item's marker: re-parse the items it
 * touches together with the next one, which must come back where it was (so the new items end
 * where it begins, and nothing after it reads differently). The other items keep their units
 * and statements. A long list of requirements is one block: without this, every keystroke in
 * it (or a new item) would re-parse the whole list.
 */
export function itemPlan(state: State, body: string, c: TextChange, k: number): Plan | undefined {
  const old = state.body;
  const block = state.blocks[k]!;
  const { e0, e1, delta } = span(c);
  if (block.definitions.length || !block.items) return undefined;
  settle(block, state.starts[k]!);
  // Item offsets are kept relative to the block's start.
  const base = state.starts[k]!;
  const items = block.items;
  const item = (n: number): [number, number] => [base + items[n]![0], base + items[n]![1]];
  // The first item touched: the last one whose text (after its marker) starts at or before the
  // edit. Its first line keeps some text (an empty item reads differently after a paragraph).
  let r = firstIndex(items, ([start]) => base + start > e0) - 1;
  let content = r >= 0 ? afterMarker(old, item(r)[0]) : undefined;
  if (r > 0 && content !== undefined && content > e0) {
    r--;
    content = afterMarker(old, item(r)[0]);
  }
  if (r < 0 || content === undefined || content > e0) return undefined;
  // The first item of a list that interrupts a paragraph reads its first line as interrupting
  // it too (micromark: a list in it not starting at 1 is a paragraph): re-parsed on its own, it
  // would not.
  if (r === 0 && !blankBefore(old, state.lineStarts[k]!)) return undefined;
  if (!old.slice(content, lineEndOf(old, content)).trim()) return undefined;
  if (!body.slice(content, lineEndOf(body, content)).trim()) return undefined;
  // The last item touched: the last one whose line starts at or before the edit's end.
  const q = firstIndex(items, ([start]) => lineStartOf(old, base + start) > e1) - 1;
  const next = q + 1 < items.length ? item(q + 1) : undefined;
  if (!next) {
    // The edit reaches the last item: what follows the list starts after a blank line and
    // without indentation, so no item can continue into it.
    const following = state.lineStarts[k + 1];
    if (
      following !== undefined &&
      (!blankBefore(old, following) || /[ \t]/.test(old.charAt(following)))
    ) {
      return undefined;
    }
  }
  const lineStart = lineStartOf(old, item(r)[0]);
  const text = body.slice(lineStart, (next ? next[1] : state.ends[k]!) + delta);
  const parsed = parseWithDefinitions(text, false, () => [...state.definitions.keys()]);
  const list = parsed?.children[0];
  if (!parsed || parsed.count !== 1 || list?.type !== 'list') return undefined;
  const edited = next ? list.children.slice(0, -1) : list.children;
  if (edited.length === 0 || offsetsOf(edited[0]!)[0] !== item(r)[0] - lineStart) {
    return undefined;
  }
  if (next) {
    const [s1, f1] = offsetsOf(list.children[list.children.length - 1]!);
    if (s1 !== next[0] + delta - lineStart || f1 !== next[1] + delta - lineStart) return undefined;
  }
  const definitions: string[] = [];
  for (const item of edited) collectDefinitions(item, definitions);
  if (definitions.length) return undefined;
  const doc = extractProse(parsed.source, {
    type: 'root',
    children: [{ ...list, children: edited }],
  });
  for (const u of doc.units) shiftUnit(u, lineStart);
  for (const d of doc.directives) {
    d.start += lineStart;
    d.end += lineStart;
  }
  // The old items' units and directives, and those after them (moved when the plan applies).
  // Those after start at the next item's marker or later: an item may end past that marker
  // (one whose HTML or fenced code is never closed ends after the next line's marker).
  const { units, directives } = block;
  const from = item(r)[0];
  const to = next ? next[0] : Infinity;
  const u0 = firstIndex(units, (u) => u.start >= from);
  const u1 = firstIndex(units, (u) => u.start >= to);
  const d0 = firstIndex(directives, (d) => d.start >= from);
  const d1 = firstIndex(directives, (d) => d.start >= to);
  const unitsAfter = units.slice(u1);
  const directivesAfter = directives.slice(d1);
  const itemsAfter = items.slice(q + 1);
  const units2 = [...units.slice(0, u0), ...doc.units, ...unitsAfter];
  // Table header statements are cached by the table's end, which moves: analyse rows again.
  const tables = units2.some((u) => u.kind === 'tableRow');
  const statements = [
    ...block.statements.slice(0, u0),
    ...doc.units.map(() => undefined),
    ...block.statements.slice(u1),
  ].map((st, n) => (tables && units2[n]!.kind === 'tableRow' ? undefined : st));
  const placed = edited.map((node): [number, number] => {
    const [s0, f0] = offsetsOf(node);
    return [s0 + lineStart - base, f0 + lineStart - base];
  });
  const fresh: Block = {
    type: block.type,
    units: units2,
    unitsAt: block.unitsAt,
    statements,
    headerCache: tables ? undefined : block.headerCache,
    directives: [...directives.slice(0, d0), ...doc.directives, ...directivesAfter],
    definitions: [],
    items: [...items.slice(0, r), ...placed, ...itemsAfter],
    findings: [],
  };
  const end = next ? state.ends[k]! + delta : base + placed[placed.length - 1]![1];
  return {
    lo: k,
    hi: k,
    fresh: [{ block: fresh, start: state.starts[k]!, end, lineStart: state.lineStarts[k]! }],
    kind: 'in-block',
    apply: () => {
      for (const u of unitsAfter) shiftUnit(u, delta);
      for (const d of directivesAfter) {
        d.start += delta;
        d.end += delta;
      }
      for (const it of itemsAfter) {
        it[0] += delta;
        it[1] += delta;
      }
    },
  };
}

/**
 * Where a list item's content starts: after its marker (`-`, `*`, `+`, `1.`, `1)`) and the white
 * space after it on the marker's line; undefined when `at` holds no marker.
 */
function afterMarker(text: string, at: number): number | undefined {
  let o = at;
  while (o - at < 3 && text.charCodeAt(o) === 32) o++;
  const after = listMarkerEnd(text, o);
  if (after < 0) return undefined;
  o = after;
  while (text.charCodeAt(o) === 32 || text.charCodeAt(o) === 9) o++;
  return o > after || o >= text.length || text.charCodeAt(o) === 10 || text.charCodeAt(o) === 13
    ? o
    : undefined;
}
