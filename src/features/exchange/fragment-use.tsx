import { useId, useMemo, useState } from 'react';
import { DialogActions, Modal } from '../../components/modal.tsx';
import { RadioGroup } from '../../components/fields.tsx';
import type { LibraryState } from '../../domain/library.ts';
import { getFragmentUsages, getSavedVersions } from '../../domain/library.ts';
import { compareDocuments } from '../../domain/versions.ts';
import { compareVersions } from '../../domain/version-numbers.ts';
import type { TreeDocument } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import { indexTree } from '../../domain/tree.ts';
import { addFragmentToTemplate, type FragmentPlacement } from '../../commands/add-fragment.ts';
import { moveIncludeToVersion } from '../../commands/move-include-to-version.ts';
import { useStrings } from '../../i18n/language.tsx';
import { useRun } from '../../state/run-context.ts';

export interface FragmentUseProps {
  readonly fragment: TreeDocument;
  readonly library: LibraryState;
  readonly onOpen: (documentId: string) => void;
}

/** "Används i": the templates that include a fragment, with the version each pins; and "Lägg till i mall…". */
export function FragmentUse({ fragment, library, onOpen }: FragmentUseProps) {
  const run = useRun();
  const strings = useStrings();
  const t = strings.fragmentUse;
  // A newer saved version than a template pins: what kind of change it is, from the frozen copies.
  const latest = useMemo(() => getSavedVersions(library, fragment.id)[0], [library, fragment.id]);
  const newerKind = (pinned: string) => {
    if (!latest || compareVersions(pinned, latest.version) >= 0) return undefined;
    const old = [...library.versions.values()].find(
      (v) => v.documentId === fragment.id && v.version === pinned,
    );
    const diff = compareDocuments(
      old
        ? { document: old.document, catalog: new Map(old.keywords.map((k) => [k.id, k])) }
        : { document: fragment, catalog: library.keywords },
      { document: latest.document, catalog: new Map(latest.keywords.map((k) => [k.id, k])) },
    );
    const v = strings.versions;
    return v.newer(
      latest.version,
      diff.breaking ? v.kindBreaking : diff.textsOnly ? v.kindTexts : v.kindOther,
    );
  };
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const titleOf = (id: string) => library.documents.get(id)?.title ?? id;
  const usages = useMemo(() => {
    const collator = new Intl.Collator('sv');
    const title = (id: string) => library.documents.get(id)?.title ?? id;
    return getFragmentUsages(library, fragment.id).sort((a, b) =>
      collator.compare(title(a.documentId), title(b.documentId)),
    );
  }, [library, fragment.id]);
  return (
    <section className="fragment-use" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.usedIn}</h3>
      {usages.length === 0 ? (
        <p>{t.unused}</p>
      ) : (
        <ul>
          {usages.map((usage) => {
            const newer = latest && newerKind(usage.version);
            return (
              <li key={`${usage.documentId}-${usage.nodeId}`}>
                <button
                  type="button"
                  className="link"
                  title={t.usage(titleOf(usage.documentId), usage.version)}
                  onClick={() => onOpen(usage.documentId)}
                >
                  {t.usage(titleOf(usage.documentId), usage.version)}
                </button>
                {latest && newer ? (
                  <>
                    {' '}
                    <span className="fragment-newer">{newer}</span>{' '}
                    <button
                      type="button"
                      aria-label={strings.versions.moveToLabel(titleOf(usage.documentId), latest.version)}
                      onClick={() =>
                        run((l, c) =>
                          moveIncludeToVersion(
                            l,
                            { documentId: usage.documentId, nodeId: usage.nodeId, version: latest.version },
                            c,
                          ),
                        )
                      }
                    >
                      {strings.versions.moveTo(latest.version)}
                    </button>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="link" onClick={() => setAdding(true)}>
        {t.addToTemplate}
      </button>
      {adding ? (
        <AddToTemplateDialog fragment={fragment} library={library} onClose={() => setAdding(false)} />
      ) : null}
    </section>
  );
}

function AddToTemplateDialog({
  fragment,
  library,
  onClose,
}: {
  fragment: TreeDocument;
  library: LibraryState;
  onClose: () => void;
}) {
  const run = useRun();
  const strings = useStrings();
  const t = strings.fragmentUse;
  const templateId = useId();
  const placeId = useId();
  const templates = [...library.documents.values()].filter((d) => d.kind === 'template');
  const [chosen, setChosen] = useState(templates[0]?.id ?? '');
  const [parentId, setParentId] = useState('');
  const [placement, setPlacement] = useState<FragmentPlacement>('reference');
  const template = library.documents.get(chosen);
  const places = template
    ? indexTree(template.nodes).ordered.flatMap(({ node, depth }) =>
        isKeywordNode(node)
          ? [{ id: node.id, depth, term: library.keywords.get(node.keywordId)?.term ?? node.id }]
          : [],
      )
    : [];

  const add = (close: () => void) => {
    const result = run((state, context) =>
      addFragmentToTemplate(
        state,
        {
          fragmentId: fragment.id,
          templateId: chosen,
          parentId: parentId === '' ? null : parentId,
          placement,
        },
        context,
      ),
    );
    if (result.ok) close();
  };

  return (
    <Modal title={t.dialogTitle(fragment.title)} onClose={onClose}>
      {(close) => (
        <>
          {templates.length === 0 ? (
            <p>{t.noTemplates}</p>
          ) : (
            <>
              <p className="field">
                <label htmlFor={templateId}>{t.template}</label>
                <select
                  id={templateId}
                  value={chosen}
                  onChange={(e) => {
                    setChosen(e.currentTarget.value);
                    setParentId('');
                  }}
                >
                  {templates.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.title}
                    </option>
                  ))}
                </select>
              </p>
              <p className="field">
                <label htmlFor={placeId}>{t.place}</label>
                <select id={placeId} value={parentId} onChange={(e) => setParentId(e.currentTarget.value)}>
                  <option value="">{t.topLevel}</option>
                  {places.map((place) => (
                    <option key={place.id} value={place.id}>
                      {`${'\u00a0\u00a0'.repeat(place.depth)}${place.term}`}
                    </option>
                  ))}
                </select>
              </p>
              <RadioGroup
                legend={t.placement}
                name="placement"
                value={placement}
                options={[
                  ['reference', t.reference(fragment.version)],
                  ['copy', t.copy],
                ]}
                onChange={setPlacement}
              />
            </>
          )}
          <DialogActions
            confirm={t.add}
            onConfirm={() => add(close)}
            disabled={templates.length === 0}
            cancel={strings.exchange.cancel}
            onCancel={close}
          />
        </>
      )}
    </Modal>
  );
}
