import { memo } from 'react';
import type { LucideIcon } from 'lucide-react';

/**
 * A decorative icon, memoised: lucide builds its SVG anew on every render, and the toolbars and
 * panels around the tree re-render on every keystroke. The glyph is a module constant, so the
 * icon renders once.
 */
export const Icon = memo(function Icon(props: {
  readonly of: LucideIcon;
  readonly size?: number;
  readonly className?: string;
}) {
  const Glyph = props.of;
  return <Glyph aria-hidden="true" size={props.size ?? 16} className={props.className} />;
});
