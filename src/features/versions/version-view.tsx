import { Modal } from '../../components/modal.tsx';
import type { SavedVersion } from '../../domain/model.ts';
import { getKeywordRows } from '../../formats/keyword-rows.ts';
import { listWords } from '../../i18n/file-words.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { DiffLine } from '../../i18n/version-words.ts';

/** "Visa": a saved version read-only, each keyword with its type and condition, indented by level. */
export function VersionView(props: { version: SavedVersion; strings: Strings; onClose: () => void }) {
  const { version, strings, onClose } = props;
  const t = strings.versions;
  return (
    <Modal title={t.viewTitle(version.document.title, version.version)} onClose={onClose}>
      {() => (
        <>
          <ol className="version-view">
            {getKeywordRows(
              version.document,
              new Map(version.keywords.map((k) => [k.id, k])),
              listWords(strings),
            ).map((row) => (
              <li key={row.nodeId} style={{ marginInlineStart: `${row.depth}rem` }}>
                {row.keyword.term} <span className="branch-type">{row.type}</span>
                {row.condition ? <span className="branch-type"> · {row.condition}</span> : null}
              </li>
            ))}
          </ol>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t.close}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

/** Jämför's lines: each keyword's change, with what it was and what it is in a nested list. */
export function DiffList({ lines }: { lines: readonly DiffLine[] }) {
  return (
    <ul className="version-diff">
      {lines.map((line, i) => (
        <li key={i} className={line.impact ? `impact-${line.impact}` : undefined}>
          {line.text}
          {line.details.length > 0 ? (
            <ul>
              {line.details.map((detail, j) => (
                <li key={j}>{detail}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
