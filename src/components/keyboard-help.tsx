import { Fragment, memo, useId } from 'react';
import type { Strings } from '../i18n/strings.ts';
import { HELP_ROWS, helpRowKeys, type HelpRowId } from '../hooks/shortcuts.ts';

const ROW_IDS = Object.keys(HELP_ROWS) as HelpRowId[];

/**
 * "Kortkommandon": every key from the shortcut registry in a native popover, which the browser
 * closes on Escape or a click elsewhere, so it never stands in the way of the tree.
 */
export const KeyboardHelp = memo(function KeyboardHelp({ help }: { help: Strings['keyboardHelp'] }) {
  const id = useId();
  return (
    <>
      <button type="button" className="keyboard-help-toggle" popoverTarget={id}>
        {help.title}
      </button>
      <div id={id} popover="auto" className="keyboard-help">
        <dl>
          {ROW_IDS.map((row) => (
            <Fragment key={row}>
              <dt>
                {helpRowKeys(row).map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{help.rows[row]}</dd>
            </Fragment>
          ))}
        </dl>
      </div>
    </>
  );
});
