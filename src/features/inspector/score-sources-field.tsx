import { useMemo } from 'react';
import type { Keyword, ScoreSource, TreeDocument } from '../../domain/index.ts';
import { indexTree, isKeywordNode } from '../../domain/index.ts';
import { useStrings } from '../../i18n/language.tsx';
import { useEditor } from '../../state/use-editor.ts';
import { CheckboxField } from '../../components/fields.tsx';

/** "Summerar": the keywords placed in this document that a score may sum, each a tick box. */
export function ScoreSourcesField(props: {
  readonly keyword: Keyword;
  readonly document: TreeDocument;
  readonly onChange: (scoreSources: ScoreSource[]) => void;
}) {
  const { keyword, document, onChange } = props;
  const t = useStrings().inspector;
  const catalog = useEditor((s) => s.library.keywords);
  const candidates = useMemo(() => {
    const placed = new Set(
      indexTree(document.nodes).ordered.flatMap((p) => (isKeywordNode(p.node) ? [p.node.keywordId] : [])),
    );
    return [...placed].flatMap((id) => (id === keyword.id ? [] : (catalog.get(id) ?? [])));
  }, [keyword.id, document.nodes, catalog]);
  return (
    <fieldset>
      <legend>{t.scoreSources}</legend>
      {candidates.map((candidate) => (
        <CheckboxField
          key={candidate.id}
          label={candidate.term}
          checked={keyword.scoreSources?.some((s) => s.keywordId === candidate.id) ?? false}
          onChange={(on) => {
            const rest = (keyword.scoreSources ?? []).filter((s) => s.keywordId !== candidate.id);
            onChange(on ? [...rest, { keywordId: candidate.id }] : rest);
          }}
        />
      ))}
    </fieldset>
  );
}
