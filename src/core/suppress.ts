// Inline suppression: `<!-- uxcx-disable-next-line rule -- reason -->` and friends.
import type { RuleId } from './types';
import type { Directive } from './markdown/parse';
import type { LineIndex } from './text/lines';

interface Region {
  /** Rules the region applies to; empty means all. */
  rules: string[];
  from: number;
  to: number;
}

/** Decides, for a rule and an offset, whether an inline comment turned the rule off there. */
export class Suppressions {
  private readonly regions: Region[] = [];
  private readonly lines = new Map<number, string[][]>();
  private readonly fileRules: string[][] = [];

  constructor(directives: readonly Directive[], index: LineIndex) {
    const open = new Map<string, number>(); // rule ('' = all) → start offset
    const end = index.text.length;
    for (const d of [...directives].sort((a, b) => a.start - b.start)) {
      switch (d.name) {
        case 'disable-file':
          this.fileRules.push(d.args);
          break;
        case 'disable-next-line':
          this.addLine(index.position(d.end).line + 1, d.args);
          break;
        case 'disable-line':
          for (let l = index.position(d.start).line; l <= index.position(d.end).line; l++) {
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
            this.regions.push({ rules: r ? [r] : [], from, to: d.start });
            open.delete(r);
          }
          break;
        }
        default:
          break;
      }
    }
    for (const [r, from] of open) this.regions.push({ rules: r ? [r] : [], from, to: end });
  }

  private addLine(line: number, rules: string[]): void {
    const list = this.lines.get(line);
    if (list) list.push(rules);
    else this.lines.set(line, [rules]);
  }

  /** Is `rule` suppressed at this offset (BOM-less) on this 1-based line? */
  isSuppressed(rule: RuleId, offset: number, line: number): boolean {
    const applies = (rules: string[]): boolean => rules.length === 0 || rules.includes(rule);
    if (this.fileRules.some(applies)) return true;
    if (this.lines.get(line)?.some(applies)) return true;
    return this.regions.some((r) => applies(r.rules) && offset >= r.from && offset < r.to);
  }
}
