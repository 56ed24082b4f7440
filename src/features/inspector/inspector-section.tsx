import { useId, useState, type ReactNode } from 'react';

export type SectionId = 'keyword' | 'values' | 'condition' | 'rules' | 'codes' | 'usage';

const CLOSED_KEY = 'termverkstad:inspector-closed';

function readClosed(): ReadonlySet<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(CLOSED_KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

function rememberClosed(id: SectionId, closed: boolean) {
  const ids = new Set(readClosed());
  if (closed) ids.add(id);
  else ids.delete(id);
  try {
    localStorage.setItem(CLOSED_KEY, JSON.stringify([...ids]));
  } catch {
    // The choice holds for this visit.
  }
}

/**
 * One section of Egenskaper (Sökord, Värden, Villkor, Regler, Koder, Användning): a heading whose
 * button shows or hides it (the WAI-ARIA disclosure pattern), with a short summary beside the title
 * so a closed section still says what it holds. Which sections are closed is remembered.
 */
export function InspectorSection(props: {
  readonly id: SectionId;
  readonly title: string;
  readonly summary?: string | undefined;
  readonly children: ReactNode;
}) {
  const bodyId = useId();
  const [open, setOpen] = useState(() => !readClosed().has(props.id));
  const toggle = () => {
    rememberClosed(props.id, open);
    setOpen(!open);
  };
  return (
    <section className="inspector-section" data-section={props.id}>
      <h3>
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
          <span className="section-title">{props.title}</span>
          {props.summary ? (
            <>
              {' '}
              <span className="section-summary">{props.summary}</span>
            </>
          ) : null}
        </button>
      </h3>
      <div id={bodyId} className="section-body" hidden={!open}>
        {props.children}
      </div>
    </section>
  );
}
