// Inline suppression: `<!-- uxcx-disable-next-line rule -- reason -->` and friends.
import type { RuleId } from './types';
import type { Directive } from './directives';
import type { LineIndex } from './text/lines';
import { work } from './work';
import { bisect } from './text/bisect';

/**
 * The regions of one rule ('' for all rules), by start: `from` ascending, and `maxTo[k]` the
 * furthest end among the first k + 1. An offset is in one of them when the last region that
 * starts at or before it has `maxTo` past it: a binary search, however many regions there are.
 */
interface Regions {
  from: number[];
  maxTo: number[];
}

/** Decides, for a rule and an offset, whether an inline comment turned the rule off there. */
export class Suppressions {
  private readonly regions = new Map<string, Regions>();
  private readonly lines = new Map<number, string[][]>();
  private readonly fileRules: string[][] = [];

  constructor(directives: readonly Directive[], index: LineIndex) {
    const open = new Map<string, number>(); // rule ('' = all) → start offset
    const regions: [rule: string, from: number, to: number][] = [];
    const end = index.text.length;
    for (const d of [...directives].sort((a, b) => a.start - b.start)) {
      work.engineSteps++;
      switch (d.name) {
        case 'disable-file':
          this.fileRules.push(d.args);
          break;
        case 'disable-next-line':
          this.addLine(index.position(d.end).line + 1, d.args);
          break;
        case 'disable-line':
          for (let l = index.position(d.start).line; l <= index.position(d.end).line; l++) {
            work.engineSteps++;
            this.addLine(l, d.args);
          }
          break;
        case 'disable':
          for (const r of d.args.length ? d.args : ['']) if (!open.has(r)) open.set(r, d.end);
          break;
        case 'enable': {
          const keys = d.args.length ? d.args : [...open.keys()];
          for (const r of keys) {
            const from = open.get(r);
            if (from === undefined) continue;
            regions.push([r, from, d.start]);
            open.delete(r);
          }
          break;
        }
        default:
          break;
      }
    }
    for (const [r, from] of open) regions.push([r, from, end]);
    regions.sort((a, b) => a[1] - b[1]);
    for (const [r, from, to] of regions) {
      work.engineSteps++;
      let list = this.regions.get(r);
      if (!list) this.regions.set(r, (list = { from: [], maxTo: [] }));
      list.from.push(from);
      list.maxTo.push(Math.max(to, list.maxTo[list.maxTo.length - 1] ?? to));
    }
  }

  private addLine(line: number, rules: string[]): void {
    const list = this.lines.get(line);
    if (list) list.push(rules);
    else this.lines.set(line, [rules]);
  }

  /** Is `rule` suppressed at this offset (BOM-less) on this 1-based line? */
  isSuppressed(rule: RuleId, offset: number, line: number): boolean {
    const applies = (rules: string[]): boolean => {
      work.engineSteps += rules.length + 1;
      return rules.length === 0 || rules.includes(rule);
    };
    if (this.fileRules.some(applies)) return true;
    if (this.lines.get(line)?.some(applies)) return true;
    return this.inRegion('', offset) || this.inRegion(rule, offset);
  }

  /** Is the offset inside a region of this rule ('' for all rules)? */
  private inRegion(rule: string, offset: number): boolean {
    const list = this.regions.get(rule);
    if (!list) return false;
    const lo = bisect(
      list.from.length,
      (i) => list.from[i]! > offset,
      () => work.engineSteps++,
    );
    return lo > 0 && list.maxTo[lo - 1]! > offset;
  }
}
