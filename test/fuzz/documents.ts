// The fuzzer's documents: generated Markdown, markup soup, any text, and mutations of the real
// documents of the shared corpora. Document `index` of seed `seed` is always the same document.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { anyText, markdownDoc, soup } from './generators';
import { editSession, mutate, mutations, type EditSpec, type Mutation } from './mutations';

export type Source =
  { kind: 'generated' | 'soup' | 'text' } | { kind: 'corpus'; file: string; mutations: Mutation[] };

export interface FuzzDocument {
  source: Source;
  text: string;
  session: EditSpec[];
  fixSeed: number;
}

type Spec =
  | { kind: 'generated' | 'soup' | 'text'; text: string }
  | { kind: 'corpus'; file: number; mutations: Mutation[] };

/** Makes the documents of a run; `files` are the corpus documents (none: generated only). */
export class DocumentSource {
  private readonly texts = new Map<string, string>();
  private readonly arbitrary: fc.Arbitrary<{ spec: Spec; session: EditSpec[]; fixSeed: number }>;

  constructor(
    private readonly seed: number,
    private readonly corpora: string,
    private readonly files: readonly string[],
  ) {
    const generated = <K extends 'generated' | 'soup' | 'text'>(
      kind: K,
      text: fc.Arbitrary<string>,
    ): fc.Arbitrary<Spec> => text.map((t) => ({ kind, text: t }));
    const specs: fc.WeightedArbitrary<Spec>[] = [
      { arbitrary: generated('generated', markdownDoc), weight: 4 },
      { arbitrary: generated('soup', soup), weight: 1 },
      { arbitrary: generated('text', anyText), weight: 1 },
    ];
    if (files.length > 0) {
      specs.push({
        arbitrary: fc
          .tuple(fc.nat({ max: files.length - 1 }), mutations)
          .map(([file, m]): Spec => ({ kind: 'corpus', file, mutations: m })),
        weight: 4,
      });
    }
    this.arbitrary = fc.record({
      spec: fc.oneof(...specs),
      session: editSession,
      fixSeed: fc.nat(),
    });
  }

  /** Document `index` of this run. */
  document(index: number): FuzzDocument {
    const [{ spec, session, fixSeed }] = fc.sample(this.arbitrary, {
      seed: mix(this.seed, index),
      numRuns: 1,
    }) as [{ spec: Spec; session: EditSpec[]; fixSeed: number }];
    if (spec.kind !== 'corpus')
      return { source: { kind: spec.kind }, text: spec.text, session, fixSeed };
    const file = this.files[spec.file]!;
    const text = spec.mutations.reduce(mutate, this.read(file));
    return {
      source: {
        kind: 'corpus',
        file: path.relative(this.corpora, file),
        mutations: spec.mutations,
      },
      text,
      session,
      fixSeed,
    };
  }

  private read(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      text = readFileSync(file, 'utf8');
      this.texts.set(file, text);
    }
    return text;
  }
}

/** A seed per document from the run's seed and the document's index. */
function mix(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) | 0;
}
