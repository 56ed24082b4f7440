import { fileWordsIn } from '../../../src/i18n/all-strings.ts';
import { describe, expect, it } from 'vitest';
import { copySubtree } from '../../../src/commands/index.ts';
import { indexTree, isKeywordNode, type FragmentFile } from '../../../src/domain/index.ts';
import { readSubtree } from '../../../src/exchange/read-subtree.ts';
import { writeSubtree } from '../../../src/exchange/subtree-clipboard.ts';
import { exampleState } from '../../helpers/editor.ts';
import { inBothLanguages } from '../../../src/i18n/in-words.ts';

const FRAGMENT = 'exempel-1177-fragment';
const NOW = '2026-11-26T10:00:00.000Z';

function copied(term: string) {
  const state = exampleState();
  const nodeId = indexTree(state.documents.get(FRAGMENT)!.nodes).ordered.find(
    ({ node }) => isKeywordNode(node) && state.keywords.get(node.keywordId)?.term === term,
  )!.node.id;
  const clipboard = copySubtree(state, FRAGMENT, nodeId)!;
  return {
    state,
    clipboard,
    texts: writeSubtree(
      clipboard,
      state.documents.get(FRAGMENT)!,
      state.keywords,
      fileWordsIn('en').list,
      NOW,
    ),
  };
}

describe('a subtree on the clipboard', () => {
  it('reads back as the same nodes and keyword definitions', () => {
    const { clipboard, texts } = copied('Begränsande eller tillgängliggörande åtgärder 1177');
    const read = readSubtree(texts.json);
    expect(read).toEqual({ ok: true, clipboard: { node: clipboard.node, keywords: clipboard.keywords } });
  });

  it('is also an indented list, one tab per level below the copied keyword, in the chosen language', () => {
    const { texts } = copied('Beslut fattat av');
    expect(texts.text.split('\n')).toEqual([
      'Beslut fattat av (Single choice: Verksamhetschef, Bakjour (jourtid), Ansvarig läkare, Annan) – shown when Begränsande eller tillgängliggörande åtgärder 1177 = Ja',
      '\tBeslutsfattare, befattning (Free text) – shown when Beslut fattat av = Annan',
    ]);
  });

  it('refuses what is not one sound subtree, saying what', () => {
    const { texts } = copied('Beslut fattat av');
    const file = JSON.parse(texts.json) as FragmentFile;
    const reason = (json: string) => {
      const read = readSubtree(json);
      return read.ok ? 'accepted' : inBothLanguages(read.reason);
    };
    expect(reason('{"format":')).toMatchObject({ en: expect.stringMatching(/JSON/) as unknown });
    const twoRoots = {
      ...file,
      document: { ...file.document, nodes: [file.document.nodes[0], file.document.nodes[0]] },
    };
    expect(reason(JSON.stringify(twoRoots))).toEqual({
      sv: 'Urklippet ska innehålla ett sökord med sina undersökord, inte 2.',
      en: 'The clipboard should hold one keyword with its children, not 2.',
    });
    const badType = { ...file, keywords: [{ ...file.keywords[0], type: 'html' }] };
    expect(reason(JSON.stringify(badType))).toMatchObject({
      en: expect.stringContaining('/keywords/0/type') as unknown,
    });
  });
});
