import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/** Pixels a press of an arrow key moves a splitter (Shift: five times as far). */
const STEP = 16;

/**
 * A WAI-ARIA window splitter between two panels: drag it, or focus it and use the arrow keys
 * (Home and End for the smallest and largest size). `size` is the panel's size in pixels;
 * `grows` says which way a drag enlarges it (a panel left of a vertical splitter grows to the
 * right: +1; one right of it grows to the left: -1).
 *
 * Hand-written rather than react-resizable-panels: that library costs 7.7–16.7 KB gzip of a
 * 180 KB first-download budget, for two panel widths and one height.
 */
export function Splitter(props: {
  readonly label: string;
  readonly controls: string;
  readonly orientation: 'vertical' | 'horizontal';
  readonly size: number;
  readonly min: number;
  readonly max: number;
  readonly grows: 1 | -1;
  readonly onSize: (size: number) => void;
  readonly className?: string;
}) {
  const { size, min, max, grows, onSize } = props;
  const drag = useRef<{ start: number; size: number } | undefined>(undefined);
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));
  const position = (event: PointerEvent) =>
    props.orientation === 'vertical' ? event.clientX : event.clientY;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? STEP * 5 : STEP;
    // Arrows move the splitter itself; which panel grows follows from `grows`.
    const forward = props.orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    const back = props.orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    const next =
      event.key === forward
        ? size + grows * step
        : event.key === back
          ? size - grows * step
          : event.key === 'Home'
            ? min
            : event.key === 'End'
              ? max
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onSize(clamp(next));
  };
  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={props.label}
      aria-controls={props.controls}
      aria-orientation={props.orientation}
      aria-valuenow={clamp(size)}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`splitter is-${props.orientation} ${props.className ?? ''}`}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { start: position(event), size };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        onSize(clamp(drag.current.size + grows * (position(event) - drag.current.start)));
      }}
      onPointerUp={() => (drag.current = undefined)}
      onPointerCancel={() => (drag.current = undefined)}
    />
  );
}
