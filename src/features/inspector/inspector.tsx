import { useId } from 'react';
import type { TreeDocument } from '../../domain/index.ts';
import { onDemand, useOnDemand } from '../../components/on-demand.ts';
import { useStrings } from '../../i18n/language.tsx';
import { useEditor } from '../../state/use-editor.ts';

// The fields, the condition editor and the value table are not needed to paint the tree: they are
// fetched once it is painted, and are there by the time a keyword is chosen.
const body = onDemand(() => import('./inspector-body.tsx'));

export interface InspectorProps {
  readonly document: TreeDocument | undefined;
}

/** "Egenskaper": every field of the selected node and its keyword. */
export function Inspector({ document }: InspectorProps) {
  const t = useStrings().inspector;
  const headingId = useId();
  const selectedId = useEditor((s) => s.selectedNodeId);
  const loaded = useOnDemand(body);
  return (
    <section className="panel inspector" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      {document === undefined || selectedId === undefined ? (
        <p>{t.noSelection}</p>
      ) : loaded ? (
        <loaded.InspectorBody document={document} selectedId={selectedId} />
      ) : null}
    </section>
  );
}
