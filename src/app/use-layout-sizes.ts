import { useCallback, useState, type CSSProperties } from 'react';

/** The sizes a user gives the panels, in pixels, remembered in this browser. */
export interface LayoutSizes {
  readonly library: number;
  readonly side: number;
  readonly drawer: number;
}

export const LAYOUT_KEY = 'termverkstad:layout';
export const DEFAULT_SIZES: LayoutSizes = { library: 256, side: 420, drawer: 160 };
/** Below this window height the drawer starts lower, so the tree keeps most of a short screen. */
export const SHORT_WINDOW = 800;
const SHORT_DRAWER = 112;

/** The sizes a first visit starts with: the defaults, with a lower drawer on a short window. */
export const defaultSizesFor = (windowHeight: number): LayoutSizes =>
  windowHeight < SHORT_WINDOW ? { ...DEFAULT_SIZES, drawer: SHORT_DRAWER } : DEFAULT_SIZES;
/** What each panel may be given: the tree always keeps room of its own (see app.css). */
export const SIZE_LIMITS = {
  library: { min: 180, max: 480 },
  side: { min: 300, max: 760 },
  drawer: { min: 96, max: 640 },
} as const satisfies Record<keyof LayoutSizes, { min: number; max: number }>;

function read(storage: Storage | undefined): LayoutSizes {
  const defaults = defaultSizesFor(typeof innerHeight === 'number' ? innerHeight : Infinity);
  try {
    const stored = JSON.parse(storage?.getItem(LAYOUT_KEY) ?? '{}') as Partial<
      Record<keyof LayoutSizes, unknown>
    >;
    const pick = (name: keyof LayoutSizes) => {
      const value = stored[name];
      const { min, max } = SIZE_LIMITS[name];
      return typeof value === 'number' && value >= min && value <= max ? value : defaults[name];
    };
    return { library: pick('library'), side: pick('side'), drawer: pick('drawer') };
  } catch {
    return defaults;
  }
}

const browserStorage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

/** The panel sizes and a setter that remembers them (a stored size out of range is ignored). */
export function useLayoutSizes() {
  const [sizes, setSizes] = useState(() => read(browserStorage()));
  const setSize = useCallback((name: keyof LayoutSizes, size: number) => {
    setSizes((previous) => {
      const next = { ...previous, [name]: size };
      try {
        browserStorage()?.setItem(LAYOUT_KEY, JSON.stringify(next));
      } catch {
        // Private mode or a full disk: the size holds for this visit.
      }
      return next;
    });
  }, []);
  return [sizes, setSize] as const;
}

/** What a splitter is given for one panel: its size, limits and setter. */
export interface PanelSizing {
  readonly size: number;
  readonly min: number;
  readonly max: number;
  readonly onSize: (size: number) => void;
}

/** The remembered sizes as the grid's CSS variables, and each panel's splitter sizing. */
export function usePanelSizes() {
  const [sizes, setSize] = useLayoutSizes();
  const style = {
    '--library-width': `${sizes.library}px`,
    '--side-width': `${sizes.side}px`,
    '--drawer-height': `${sizes.drawer}px`,
  } as CSSProperties;
  const sizing = (panel: keyof LayoutSizes): PanelSizing => ({
    size: sizes[panel],
    ...SIZE_LIMITS[panel],
    onSize: (size: number) => setSize(panel, size),
  });
  return { style, sizing };
}
