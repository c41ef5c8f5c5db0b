// The keyboard shortcuts, listed in a native modal <dialog>: opened by "?" or the header button; Esc or Close
// closes it and focus goes back where it was. While it is open the app's shortcuts rest (see use-keyboard.ts).
import { Fragment, useImperativeHandle, useRef, type Ref } from 'react';
import { useT } from '../store-context';
import { KEY_ACTIONS, KEYS_SHOWN } from '../use-keyboard';

export interface ShortcutsHandle {
  open(): void;
}

export function ShortcutsDialog({ ref }: { ref: Ref<ShortcutsHandle> }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      open() {
        const d = dialog.current;
        if (!d || d.open) return;
        returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        d.showModal();
      },
    }),
    [],
  );
  const onClose = () => {
    const back = returnTo.current;
    returnTo.current = null;
    // Chromium puts focus back by itself; other engines may leave it on the body.
    if (back?.isConnected && document.activeElement !== back) back.focus();
  };
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-heading" onClose={onClose} data-testid="shortcuts-dialog">
      <h2 id="shortcuts-heading">{t.shortcuts.heading}</h2>
      <p className="muted small">{t.shortcuts.intro}</p>
      <dl className="shortcut-list">
        {KEY_ACTIONS.map((action) => (
          <div key={action} className="shortcut" data-testid="shortcut">
            <dt>
              {KEYS_SHOWN[action].map((key, i) => (
                <Fragment key={key}>
                  {i > 0 ? ` ${t.shortcuts.or} ` : null}
                  <kbd>{key === 'Space' ? t.shortcuts.space : key}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{t.shortcuts.actions[action]}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="primary" onClick={() => dialog.current?.close()} data-testid="shortcuts-close">
        {t.shortcuts.close}
      </button>
    </dialog>
  );
}

/** The header's way in, so the shortcuts can be found without knowing "?". */
export function ShortcutsButton({ onOpen }: { onOpen: () => void }) {
  const t = useT();
  return (
    <button type="button" className="shortcuts-button" onClick={onOpen} aria-haspopup="dialog" data-testid="shortcuts-open">
      <kbd aria-hidden="true">?</kbd>
      <span>{t.shortcuts.open}</span>
    </button>
  );
}
