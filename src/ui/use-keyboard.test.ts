import { describe, expect, it } from 'vitest';
import { actionFor, KEY_ACTIONS, KEYS_SHOWN, type KeyPress } from './use-keyboard';

/** A key press as the browser reports it (US layout unless `code` says otherwise). */
const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, code: '', altKey: false, ctrlKey: false, metaKey: false, ...extra });

describe('keyboard shortcuts', () => {
  it('keeps the transport keys', () => {
    expect(actionFor(press(' ', { code: 'Space' }))).toBe('talk');
    expect(actionFor(press('k'))).toBe('togglePause');
    expect(actionFor(press('P'))).toBe('togglePause');
    expect(actionFor(press('j'))).toBe('previous');
    expect(actionFor(press('ArrowLeft'))).toBe('previous');
    expect(actionFor(press('l'))).toBe('next');
    expect(actionFor(press('ArrowRight'))).toBe('next');
    expect(actionFor(press('r'))).toBe('repeat');
    expect(actionFor(press('Escape'))).toBe('stop');
  });

  it('+ (or = unshifted, or the keypad) is faster; - (or the keypad) is slower', () => {
    expect(actionFor(press('+', { code: 'Equal' }))).toBe('faster');
    expect(actionFor(press('=', { code: 'Equal' }))).toBe('faster');
    expect(actionFor(press('+', { code: 'NumpadAdd' }))).toBe('faster');
    expect(actionFor(press('-', { code: 'Minus' }))).toBe('slower');
    expect(actionFor(press('-', { code: 'NumpadSubtract' }))).toBe('slower');
    // The keypad keys whatever character a layout or Num Lock gives them.
    expect(actionFor(press('Add', { code: 'NumpadAdd' }))).toBe('faster');
    expect(actionFor(press('Subtract', { code: 'NumpadSubtract' }))).toBe('slower');
    // "+" where it is unshifted (German layout: code BracketRight).
    expect(actionFor(press('+', { code: 'BracketRight' }))).toBe('faster');
  });

  it('? (Shift and /) opens the list of shortcuts', () => {
    expect(actionFor(press('?', { code: 'Slash' }))).toBe('shortcuts');
    expect(actionFor(press('/', { code: 'Slash' }))).toBeNull();
  });

  it('leaves keys held with Alt, Ctrl or Meta to the browser and the system', () => {
    for (const mod of ['altKey', 'ctrlKey', 'metaKey'] as const) {
      for (const key of ['k', 'l', '+', '-', '=', '?', 'Escape', 'ArrowLeft']) expect(actionFor(press(key, { [mod]: true })), `${mod} ${key}`).toBeNull();
      expect(actionFor(press(' ', { code: 'Space', [mod]: true }))).toBeNull();
      expect(actionFor(press('+', { code: 'NumpadAdd', [mod]: true }))).toBeNull();
    }
  });

  it('ignores other keys', () => {
    for (const key of ['Enter', 'Tab', 'a', 'x', '1', '_', 'ArrowUp', 'ArrowDown', 'F1', 'Shift']) expect(actionFor(press(key)), key).toBeNull();
  });

  it('every action is listed, and every key listed does what the list says', () => {
    const asPressed: Record<string, KeyPress> = {
      Space: press(' ', { code: 'Space' }),
      Esc: press('Escape'),
      '←': press('ArrowLeft'),
      '→': press('ArrowRight'),
      '−': press('-'),
    };
    expect([...KEY_ACTIONS].sort()).toEqual(Object.keys(KEYS_SHOWN).sort());
    for (const action of KEY_ACTIONS) {
      expect(KEYS_SHOWN[action].length, action).toBeGreaterThan(0);
      for (const shown of KEYS_SHOWN[action]) expect(actionFor(asPressed[shown] ?? press(shown)), shown).toBe(action);
    }
  });
});
