// The benchmark's documents, built from ../shared/corpora (by path, never copied): all Dutch
// Markdown as one document, the PROMISE NFR requirements as a Markdown list, and a synthetic
// document of any size. Used by scripts/bench.ts and the extension's performance test.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** The shared corpora beside the repository. */
export const CORPORA = path.resolve(__dirname, '..', '..', 'shared', 'corpora');
const DUTCH = ['nl-gebruikersonderzoeken', 'nl-huwelijksplanner', 'nl-kwaliteitsaanpak'];

/** Whether the corpora are there (they are beside the repository in CI). */
export function haveCorpora(corpora = CORPORA): boolean {
  return DUTCH.every((d) => existsSync(path.join(corpora, d)));
}

/** The Markdown files under a folder (depth first). */
export function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) markdownFiles(p, out);
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

/** All Dutch Markdown of the corpora, sorted by path, as one document. */
export function dutchDocument(corpora = CORPORA): { text: string; files: number } {
  const files = DUTCH.flatMap((d) => markdownFiles(path.join(corpora, d))).sort();
  return { text: files.map((f) => readFileSync(f, 'utf8')).join('\n\n'), files: files.length };
}

/** The PROMISE NFR requirements (single-quoted, `\%` escaped) as a Markdown list. */
export function englishDocument(corpora = CORPORA): { text: string; items: number } {
  const lines = readFileSync(path.join(corpora, 'promise-nfr', 'nfr.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim());
  const items = lines.map((line) => {
    const body = line.slice(line.indexOf(',') + 1, line.lastIndexOf(','));
    return body
      .replace(/^\s*'|'\s*$/g, '')
      .replace(/\\%/g, '%')
      .replace(/\s+/g, ' ')
      .trim();
  });
  const text = `# PROMISE NFR requirements\n\n${items.map((t) => `- ${t}`).join('\n')}\n`;
  return { text, items: items.length };
}

/** About 5 MB of varied Markdown: headings, prose, tables, lists, quotes, code; some flagged. */
export function syntheticDocument(size = 5 * 1024 * 1024): string {
  const parts: string[] = [];
  let length = 0;
  const topics = ['checkout', 'onboarding', 'portaal', 'aanvraag', 'dashboard', 'zoekfunctie'];
  for (let k = 0; length < size; k++) {
    const t = topics[k % topics.length]!;
    const section = [
      `## ${k + 1}. Requirements for the ${t} (${k % 2 ? 'release' : 'pilot'} ${k})`,
      `The ${t} shall show the status of every request within ${2 + (k % 5)} seconds. Users can ` +
        `download their documents as PDF. The redesign of the ${t} will increase customer ` +
        `loyalty and raise the NPS by ${k % 9} points.`,
      `Het nieuwe ${t} moet gebruiksvriendelijk zijn. Door de vernieuwde app krijgen inwoners ` +
        `meer vertrouwen in de gemeente, zodat de klanttevredenheid stijgt. De balie blijft open ` +
        `voor wie niet digitaal kan.`,
      `| Initiative | KPI | Owner |\n| --- | --- | --- |\n` +
        `| New ${t} flow | NPS +${k % 7} | UX team |\n` +
        `| Call-back service ${k} | Response time < 2 days | Service desk |\n` +
        `| Intuitive navigation | Task success ${80 + (k % 20)} % | Design |`,
      `- Requirement R${k}.1: the ${t} must be accessible (WCAG 2.2 AA).\n` +
        `- Requirement R${k}.2: our UX/CX team owns the customer journey in the app.\n` +
        `- Requirement R${k}.3: errors are explained in plain language.`,
      `> Note ${k}: this section was reviewed with the ${t} product owner.`,
      k % 4 === 0 ? '```json\n{ "id": ' + String(k) + ', "kind": "example" }\n```' : '',
      `See [the guidelines](https://example.org/${t}/${k}) and the *${t}* glossary.`,
    ]
      .filter(Boolean)
      .join('\n\n');
    parts.push(section);
    length += section.length + 2;
  }
  return parts.join('\n\n') + '\n';
}
