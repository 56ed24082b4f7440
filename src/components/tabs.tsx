import { useId, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** A short figure after the label (a count), read as part of the tab's name. */
  readonly badge?: string | undefined;
  readonly content: () => ReactNode;
}

/**
 * WAI-ARIA tabs with automatic activation: the arrow keys (and Home, End) move between tabs and
 * show each one; only the chosen panel is rendered. The tab list is one Tab stop.
 */
export function Tabs<Id extends string>(props: {
  readonly label: string;
  readonly tabs: readonly Tab<Id>[];
  readonly selected: Id;
  readonly onSelect: (id: Id) => void;
  readonly className?: string;
}) {
  const { tabs, onSelect } = props;
  const prefix = useId();
  const current = tabs.find((tab) => tab.id === props.selected) ?? tabs[0];
  if (!current) return null;
  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length]!;
    onSelect(tab.id);
    document.getElementById(`${prefix}-tab-${tab.id}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.indexOf(current);
    const target =
      event.key === 'ArrowRight'
        ? at + 1
        : event.key === 'ArrowLeft'
          ? at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };
  return (
    <div className={props.className}>
      <div role="tablist" aria-label={props.label} className="tab-list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`${prefix}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab === current}
            aria-controls={`${prefix}-panel`}
            tabIndex={tab === current ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.badge ? (
              <>
                {' '}
                <span className="tab-badge">{tab.badge}</span>
              </>
            ) : null}
          </button>
        ))}
      </div>
      <div
        id={`${prefix}-panel`}
        role="tabpanel"
        aria-labelledby={`${prefix}-tab-${current.id}`}
        className="tab-panel"
        // A panel that scrolls must be reachable from the keyboard even when it holds only text.
        tabIndex={0}
      >
        {current.content()}
      </div>
    </div>
  );
}
