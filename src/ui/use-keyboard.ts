// Keyboard shortcuts: Space talks; K/P pause or resume; J/← and L/→ previous and next; R repeats; Esc stops.
import { useEffect } from 'react';

export interface KeyActions {
  talk(): void;
  togglePause(): void;
  previous(): void;
  next(): void;
  repeat(): void;
  stop(): void;
}

/** True when the key belongs to the focused element: text fields, selects, editable content. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

const isSpace = (e: KeyboardEvent) => e.code === 'Space' || e.key === ' ';

/** The action a key stands for, if any. */
function actionFor(e: KeyboardEvent, a: KeyActions): (() => void) | null {
  if (isSpace(e)) return a.talk;
  switch (e.key.length === 1 ? e.key.toLowerCase() : e.key) {
    case 'k':
    case 'p':
      return a.togglePause;
    case 'j':
    case 'ArrowLeft':
      return a.previous;
    case 'l':
    case 'ArrowRight':
      return a.next;
    case 'r':
      return a.repeat;
    case 'Escape':
      return a.stop;
    default:
      return null;
  }
}

export function useShortcuts(actions: KeyActions) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const action = actionFor(e, actions);
      if (!action) return;
      // Space would also press a focused button: the shortcut wins, as promised in the hint.
      e.preventDefault();
      if (!e.repeat) action();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (isSpace(e) && !isTyping(e.target)) e.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [actions]);
}
