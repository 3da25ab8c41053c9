// Hovers: glossary definitions in the document's language, and a finding in short with a
// trusted link to uxcx.explain.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GLOSSARY } from '../../src/core';
import { openLinted } from './helpers';

/** The hover texts at the first occurrence of `needle` (+ `offset` characters) in a document. */
async function hoverAt(
  doc: vscode.TextDocument,
  needle: string,
  offset = 1,
): Promise<{ texts: string[]; contents: vscode.MarkdownString[] }> {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in ${doc.uri.path}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    doc.uri,
    doc.positionAt(at + offset),
  );
  const contents = hovers.flatMap((h) => h.contents) as vscode.MarkdownString[];
  return { texts: contents.map((c) => (typeof c === 'string' ? c : c.value)), contents };
}

function definition(id: string, lang: 'en' | 'nl'): string {
  const entry = GLOSSARY.find((g) => g.id === id);
  assert.ok(entry, `no glossary entry ${id}`);
  return entry.definition[lang];
}

/** Markdown source to plain text (the hovers escape Markdown punctuation). */
const plain = (md: string) =>
  md.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-!~<>|$.])/g, '$1');

describe('hovers', () => {
  let en: vscode.TextDocument;
  let nl: vscode.TextDocument;
  before(async () => {
    en = (await openLinted('en/member-portal.md')).document;
    nl = (await openLinted('nl/ledenportaal.md')).document;
  });

  it('define a glossary term (English document, no finding there)', async () => {
    const { texts } = await hoverAt(en, "club's NPS", 7);
    const text = plain(texts.join('\n'));
    assert.ok(text.includes(definition('nps', 'en')), text);
    assert.ok(text.includes('**NPS**'), text);
    assert.ok(text.includes('CX — customer experience'), text);
    assert.ok(text.includes('Source:'), text);
    assert.ok(!text.includes('command:uxcx.explain'), 'no finding here, so no explain link');
  });

  it('define a glossary term in Dutch for a Dutch document', async () => {
    const { texts } = await hoverAt(nl, 'hele klantreis', 7);
    const text = plain(texts.join('\n'));
    assert.ok(text.includes(definition('customer-journey', 'nl')), text);
    assert.ok(text.includes('**klantreis**'), text);
    assert.ok(text.includes('Reikwijdte') || text.includes('CX — klantervaring'), text);
    assert.ok(text.includes('Bron:'), text);
  });

  it('fall back to the other language’s terms, defined in the document’s language', async () => {
    const { texts } = await hoverAt(nl, 'findability', 3);
    const text = plain(texts.join('\n'));
    assert.ok(text.includes(definition('findability', 'nl')), text);
    assert.ok(text.includes('**findability (vindbaarheid)**'), text);
  });

  it('show a finding in short with a trusted link to uxcx.explain', async () => {
    const { texts, contents } = await hoverAt(en, 'brand preference', 2);
    const i = texts.findIndex((t) => t.includes('command:uxcx.explain?'));
    assert.ok(i >= 0, texts.join('\n---\n'));
    const md = contents[i]!;
    assert.ok(plain(md.value).includes('ux-for-cx-outcome'), md.value);
    assert.ok(plain(md.value).includes('UX means: *redesigned*'), md.value);
    assert.ok(plain(md.value).includes('CX outcome: *brand preference*'), md.value);
    const args = /command:uxcx\.explain\?([^)\s]+)/.exec(md.value)?.[1];
    assert.ok(args);
    const [uri, index] = JSON.parse(decodeURIComponent(args)) as [string, number];
    assert.equal(uri, en.uri.toString());
    assert.equal(typeof index, 'number');
    if (md.isTrusted !== undefined) {
      assert.deepEqual(md.isTrusted, { enabledCommands: ['uxcx.explain'] });
    }
    // The same place is a glossary term too: both hovers are shown.
    assert.ok(plain(texts.join('\n')).includes(definition('brand-preference', 'en')));
  });

  it('show nothing on plain words', async () => {
    const { texts } = await hoverAt(en, 'plan the session', 2);
    assert.deepEqual(texts, []);
  });
});
