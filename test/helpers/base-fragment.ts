import type { FragmentFile, Keyword, KeywordNode, TreeDocument } from '../../src/domain/model.ts';
import {
  buildDocument,
  date,
  heading,
  is,
  multiple,
  number,
  score,
  single,
  text,
  when,
  yesNo,
} from '../../src/examples/builder.ts';

const JA = when(is('Ja'));

/**
 * A small fragment that passes every rule with no warning, using every keyword type. Rule fixtures
 * are single mutations of it.
 */
export function buildBaseFragment(): FragmentFile {
  const { document, keywords } = buildDocument(
    {
      id: 'bas',
      kind: 'fragment',
      title: 'Basfragment',
      description: 'Bas för regelfixturer.',
      createdAt: '2026-11-25T09:00:00Z',
    },
    'bas',
    [
      yesNo('Åtgärd utförd', { key: 'rot' }, [
        single(
          'Typ av åtgärd',
          [
            ['Byte', 1],
            ['Kontroll', 0],
          ],
          { key: 'typ', when: JA },
          [text('Beskrivning av byte', { when: when(is('Byte')) })],
        ),
        number('Vikt', 'kg', { when: JA, min: 0, max: 300, decimals: 1 }),
        multiple('Mätvärden', ['Puls', 'Blodtryck'], { when: JA }),
        date('Datum för åtgärd', { when: JA }),
        score('Summa av åtgärder', ['typ'], { when: JA }),
        heading('Uppföljning', [text('Plan')], { when: JA }),
      ]),
    ],
  );
  return { format: 'termverkstad-fragment', formatVersion: 1, document, keywords };
}

/** Finds a node of the base fragment by its id suffix (e.g. "vikt" for "bas-vikt"). */
export function node(document: TreeDocument, suffix: string): KeywordNode {
  const stack = [...document.nodes];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.id === `bas-${suffix}` && 'keywordId' in current) return current;
    if ('children' in current) stack.push(...(current.children ?? []));
  }
  throw new Error(`no node bas-${suffix}`);
}

/** Finds a keyword of the base fragment by its id suffix. */
export function keyword(file: FragmentFile, suffix: string): Keyword {
  const found = file.keywords.find((k) => k.id === `kw-bas-${suffix}`);
  if (!found) throw new Error(`no keyword kw-bas-${suffix}`);
  return found;
}
