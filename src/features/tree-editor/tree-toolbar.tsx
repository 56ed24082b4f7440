import { memo } from 'react';
import type { LucideIcon } from 'lucide-react';
import { ariaKeys, displayKey, SHORTCUTS, type ShortcutOf } from '../../hooks/shortcuts.ts';
import { Icon } from '../../components/icon.tsx';

export interface ButtonOptions {
  readonly disabled?: boolean;
  readonly shortcut?: ShortcutOf<'tree'>;
  readonly iconOnly?: boolean;
  readonly className?: string;
}

/** A toolbar action: icon and text for the main ones, icon alone (named, with a tooltip) for the rest. */
export function ToolbarButton({
  label,
  icon: glyph,
  onClick,
  disabled = false,
  shortcut,
  iconOnly = false,
  className,
}: ButtonOptions & { readonly label: string; readonly icon: LucideIcon; readonly onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className={className}
      aria-label={iconOnly ? label : undefined}
      title={shortcut ? `${label} (${displayKey(SHORTCUTS[shortcut].keys[0])})` : label}
      aria-keyshortcuts={shortcut && ariaKeys(shortcut)}
    >
      <Icon of={glyph} />
      {iconOnly ? null : <span className="button-text">{label}</span>}
    </button>
  );
}

/** "Sök i trädet", memoised: the tree panel re-renders on every change, the box only when it must. */
export const SearchBox = memo(function SearchBox(props: {
  label: string;
  query: string;
  onQuery: (query: string) => void;
  count: string | undefined;
}) {
  return (
    <div className="tree-search">
      <input
        type="search"
        aria-label={props.label}
        placeholder={props.label}
        value={props.query}
        onChange={(event) => props.onQuery(event.currentTarget.value)}
      />
      {props.count !== undefined ? (
        <span className="tree-search-count" aria-live="polite">
          {props.count}
        </span>
      ) : null}
    </div>
  );
});
