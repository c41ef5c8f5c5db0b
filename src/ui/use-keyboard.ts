// Keyboard shortcuts: Space talks; K/P pause or resume; J/← and L/→ previous and next; R repeats; + and − change the
// speed; Esc stops; ? lists them all. None fires while typing in a field, while a dialog is open, or when the focused
// control already used the key (the Stories tabs move with the arrow keys).
import { useEffect } from 'react';

/** What a key can do. */
export type KeyAction = 'talk' | 'togglePause' | 'previous' | 'next' | 'repeat' | 'faster' | 'slower' | 'stop' | 'shortcuts';

/** Every action, in the order the shortcuts dialog lists them. */
export const KEY_ACTIONS: readonly KeyAction[] = ['talk', 'togglePause', 'previous', 'next', 'repeat', 'faster', 'slower', 'stop', 'shortcuts'];

export type KeyActions = Record<KeyAction, () => void>;

/** The parts of a KeyboardEvent the mapping reads: plain data, so it is tested without a DOM. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey'>;

const isSpace = (e: Pick<KeyboardEvent, 'key' | 'code'>) => e.code === 'Space' || e.key === ' ';

/**
 * The action a key stands for, if any. Alt, Ctrl and Meta belong to the browser and the system: with any of them
 * held, no shortcut. Shift is not checked, since `?` and `+` need it on many layouts (and Caps Lock gives capitals).
 */
export function actionFor(e: KeyPress): KeyAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  if (isSpace(e)) return 'talk';
  // The numeric keypad's + and − whatever the layout or Num Lock say.
  if (e.code === 'NumpadAdd') return 'faster';
  if (e.code === 'NumpadSubtract') return 'slower';
  switch (e.key.length === 1 ? e.key.toLowerCase() : e.key) {
    case 'k':
    case 'p':
      return 'togglePause';
    case 'j':
    case 'ArrowLeft':
      return 'previous';
    case 'l':
    case 'ArrowRight':
      return 'next';
    case 'r':
      return 'repeat';
    case '+':
    case '=': // the + key unshifted on US layouts
      return 'faster';
    case '-':
      return 'slower';
    case '?':
      return 'shortcuts';
    case 'Escape':
      return 'stop';
    default:
      return null;
  }
}

/** The keys listed for each action in the shortcuts dialog ("Space" is worded by the catalog). */
export const KEYS_SHOWN: Record<KeyAction, readonly string[]> = {
  talk: ['Space'],
  togglePause: ['K', 'P'],
  previous: ['J', '←'],
  next: ['L', '→'],
  repeat: ['R'],
  faster: ['+'],
  slower: ['−'],
  stop: ['Esc'],
  shortcuts: ['?'],
};

/** True when the key belongs to the focused element: text fields, selects, editable content. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** A dialog is open: its keys are its own (Esc closes it, Space and Enter press its buttons). */
const dialogOpen = () => document.querySelector('dialog[open]') !== null;

export function useShortcuts(actions: KeyActions) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target) || dialogOpen()) return;
      const action = actionFor(e);
      if (!action) return;
      // Space would also press a focused button: the shortcut wins, as promised in the hint.
      e.preventDefault();
      if (!e.repeat) actions[action]();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (isSpace(e) && !isTyping(e.target) && !dialogOpen()) e.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [actions]);
}
