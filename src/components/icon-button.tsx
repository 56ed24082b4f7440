import type { ButtonHTMLAttributes, ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';
import { Icon } from './icon.tsx';

/**
 * A button that shows an icon (and perhaps a count) instead of words: its label is its accessible
 * name and its tooltip, so the two never drift apart.
 */
export function IconButton({
  label,
  icon: glyph,
  size = 15,
  children,
  ...button
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'title' | 'type'> & {
  readonly label: string;
  readonly icon: LucideIcon;
  readonly size?: number;
  /** Shown after the icon (a count). */
  readonly children?: ReactNode;
}) {
  return (
    <button type="button" aria-label={label} title={label} {...button}>
      <Icon of={glyph} size={size} />
      {children}
    </button>
  );
}
