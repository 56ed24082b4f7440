import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { removeNode, saveVersion, setCondition, type CommandResult } from '../../../src/commands/index.ts';
import {
  assembleDocument,
  createLibraryState,
  evaluateDocument,
  getResolver,
  type LibraryState,
} from '../../../src/domain/index.ts';
import type { TreeNode } from '../../../src/domain/model.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';
import { toQuestionnaire } from '../../../src/formats/fhir-export.ts';
import type { FhirItem } from '../../../src/formats/fhir-types.ts';
import { checkLibraryDocument } from '../../../src/validation/index.ts';
import { inWords } from '../../../src/i18n/in-words.ts';
import { buildDocument, text, yesNo, when, is } from '../../helpers/build-tree.ts';
import { createTestContext } from '../../helpers/editor.ts';

const CREATED = '2026-01-01T00:00:00.000Z';
const INCLUDE = 'inkl';

/** A saved fragment "Åtgärd vidtagen" (Ja/Nej), and a template: Rubrik → include, then "Uppföljning". */
function library(where: 'after' | 'before' = 'after'): { state: LibraryState; rootId: string } {
  const fragment = buildDocument(
    { id: 'frag', kind: 'fragment', title: 'Åtgärdsfragment', description: '', createdAt: CREATED },
    'f',
    [yesNo('Åtgärd vidtagen', {}, [text('Vilken åtgärd', { when: when(is('Ja')) })])],
  );
  const rootId = fragment.document.nodes[0]!.id;
  const template = buildDocument(
    { id: 'mall', kind: 'template', title: 'Mall', description: '', createdAt: CREATED },
    'm',
    [text('Uppföljning')],
  );
  const include: TreeNode = { id: INCLUDE, include: { fragmentId: 'frag', version: '1.0.0' } };
  const conditioned: TreeNode = {
    ...template.document.nodes[0]!,
    showWhen: {
      behavior: 'all',
      clauses: [{ source: `${INCLUDE}.${rootId}`, operator: 'equals', value: 'ja' }],
    },
  };
  const nodes = where === 'after' ? [include, conditioned] : [conditioned, include];
  let state = createLibraryState({
    keywords: [...fragment.keywords, ...template.keywords],
    documents: [fragment.document, { ...template.document, nodes }],
  });
  const saved: CommandResult = saveVersion(
    state,
    { documentId: 'frag', version: '1.0.0', note: '' },
    createTestContext(),
  );
  if (!saved.ok) throw new Error(saved.refusal);
  state = produce(state, saved.change.recipe);
  return { state, rootId };
}

const template = (state: LibraryState) => state.documents.get('mall')!;
const codes = (state: LibraryState) => checkLibraryDocument(state, 'mall').map((d) => d.code);

describe('a template keyword conditioned on a keyword of a fragment placed before it', () => {
  it('passes the checks, and unfolds in the assembled form when the fragment keyword is answered Ja', () => {
    const { state, rootId } = library();
    expect(codes(state)).toEqual([]);
    const { document, catalog } = assembleDocument(
      template(state),
      state.keywords,
      getResolver(state.versions),
    );
    const uppfoljning = document.nodes[1]!.id;
    const visible = (answer: string | undefined) =>
      evaluateDocument(
        document,
        catalog,
        new Map(answer ? [[`${INCLUDE}.${rootId}`, answer]] : []),
      ).visible.has(uppfoljning);
    expect([visible(undefined), visible('nej'), visible('ja')]).toEqual([false, false, true]);
  });

  it('is refused as coming later when the include is after the keyword, and as missing when the pin is gone', () => {
    expect(codes(library('before').state)).toEqual(['CONDITION_SOURCE_LATER']);
    const { state } = library();
    const unpinned = produce(state, (draft) => {
      const include = draft.documents.get('mall')!.nodes[0]!;
      if ('include' in include) include.include.version = '9.0.0';
    });
    expect(codes(unpinned)).toEqual(
      expect.arrayContaining(['INCLUDE_NOT_FOUND', 'CONDITION_SOURCE_MISSING']),
    );
    // Kontroll names the fragment by its title, as the library lists it.
    const missing = checkLibraryDocument(unpinned, 'mall').find((d) => d.code === 'INCLUDE_NOT_FOUND')!;
    expect(inWords(missing, 'sv')).toMatch(/^Fragmentet "Åtgärdsfragment" version "9\.0\.0" saknas/);
  });

  it('exports to FHIR: assembled with the prefixed linkId; modular by the linkId the SDC assembler gives it', () => {
    const { state, rootId } = library();
    const source = `${INCLUDE}.${rootId}`;
    const options = { resolve: getResolver(state.versions) };
    const assembled = toQuestionnaire(template(state), state.keywords, { mode: 'assembled', ...options });
    const linkIds = (items: readonly FhirItem[] = []): string[] =>
      items.flatMap((item) => [item.linkId, ...linkIds(item.item)]);
    expect(linkIds(assembled.item)).toContain(source);
    const condition = {
      question: source,
      operator: '=',
      answerCoding: {
        system: 'https://termverkstad.invalid/fhir/CodeSystem/ja-nej',
        code: 'ja',
        display: 'Ja',
      },
    };
    expect(assembled.item!.at(-1)!.enableWhen).toEqual([condition]);

    const modular = toQuestionnaire(template(state), state.keywords, { mode: 'modular', ...options });
    expect(linkIds(modular.item)).not.toContain(source);
    expect(modular.item!.at(-1)!.enableWhen).toEqual([condition]);
    // And it reads back: the condition keeps its source inside the include; nothing is left over.
    const back = fromQuestionnaire(modular, CREATED);
    if (!back.ok) throw new Error(back.problem.code);
    expect(back.kept).toEqual([]);
    const nodes: readonly TreeNode[] = back.file.document.nodes;
    expect(nodes.at(-1)!.showWhen).toEqual({
      behavior: 'all',
      clauses: [{ source, operator: 'equals', value: 'ja' }],
    });
    expect(nodes[0]).toEqual({ id: INCLUDE, include: { fragmentId: 'frag', version: '1.0.0' } });
  });
});

describe('the tree’s invariants know sources inside includes', () => {
  it('a condition may name a keyword of an include placed before the node, not after it', () => {
    const { state, rootId } = library('after');
    const uppfoljning = template(state).nodes[1]!.id;
    const set = (nodeId: string) =>
      setCondition(
        state,
        {
          documentId: 'mall',
          nodeId,
          condition: { behavior: 'all', clauses: [{ source: `${INCLUDE}.${rootId}`, operator: 'answered' }] },
        },
        createTestContext(),
      );
    expect(set(uppfoljning).ok).toBe(true);
    // The keyword before the include, without the condition it was built with.
    const before = produce(library('before').state, (draft) => {
      delete draft.documents.get('mall')!.nodes[0]!.showWhen;
    });
    const first = template(before).nodes[0]!.id;
    expect(
      setCondition(
        before,
        {
          documentId: 'mall',
          nodeId: first,
          condition: { behavior: 'all', clauses: [{ source: `${INCLUDE}.${rootId}`, operator: 'answered' }] },
        },
        createTestContext(),
      ),
    ).toMatchObject({ ok: false, refusal: 'breaksCondition' });
  });

  it('removing an include that a condition depends on names the dependent keyword', () => {
    const { state } = library('after');
    const uppfoljning = template(state).nodes[1]!.id;
    expect(removeNode(state, { documentId: 'mall', nodeId: INCLUDE }, createTestContext())).toEqual({
      ok: false,
      refusal: 'hasDependents',
      nodeIds: [uppfoljning],
    });
  });
});
