import { lazy, Suspense, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { CalendarDays } from 'lucide-react';
import { IconButton } from '../../components/icon-button.tsx';
import { isValidDate, localToday } from '../../domain/answer-checks.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { Strings } from '../../i18n/strings.ts';

const Calendar = lazy(() => import('./calendar.tsx'));

/** A typed ÅÅÅÅ-MM-DD as the local calendar day the calendar opens on, when it is one. */
const calendarDay = (text: string) =>
  isValidDate(text)
    ? new Date(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8)))
    : undefined;

/**
 * A date typed as in Cosmic (ÅÅÅÅ-MM-DD, checked by the answer check), or picked in a calendar
 * (calendar.tsx) in a native popover. The calendar takes focus on the chosen day (or today); a pick fills the field and gives focus
 * back to it; Escape closes it.
 */
export function DateInput(props: {
  readonly inputProps: InputHTMLAttributes<HTMLInputElement> & { readonly id: string };
  readonly value: string;
  readonly term: string;
  readonly t: Strings;
  readonly onChange: (value: string | undefined) => void;
}) {
  const { inputProps, value, term, t, onChange } = props;
  const language = useLanguage();
  const popoverId = useId();
  const input = useRef<HTMLInputElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const selected = calendarDay(value);
  return (
    <span className="date-input">
      <input
        {...inputProps}
        ref={input}
        type="text"
        inputMode="numeric"
        placeholder={t.preview.dateHint}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value.trim() || undefined)}
      />
      <IconButton
        label={t.preview.pickDate(term)}
        icon={CalendarDays}
        size={18}
        popoverTarget={popoverId}
        disabled={inputProps.disabled}
      />
      <div
        id={popoverId}
        ref={popover}
        popover="auto"
        role="dialog"
        aria-label={t.preview.calendar(term)}
        className="date-popover"
        onToggle={(event) => setOpen(event.newState === 'open')}
      >
        {open ? (
          <Suspense fallback={<p>{t.preview.calendarLoading}</p>}>
            <Calendar
              language={language}
              selected={selected}
              onPick={(day) => {
                // The day picked, as the local date the answer keeps (ÅÅÅÅ-MM-DD).
                if (day) onChange(localToday(day));
                popover.current?.hidePopover();
                input.current?.focus();
              }}
            />
          </Suspense>
        ) : null}
      </div>
    </span>
  );
}
