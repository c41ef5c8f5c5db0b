// What hands-free needs from the browser, whether the microphone can be shared, and its errors in words the interface
// can explain.
import type { SoundProblem } from './sound-detector';

/** The microphone's errors (DOMException names) as problems the interface explains. */
export function micProblem(error: unknown): SoundProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'no-microphone';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'busy';
  return 'unknown';
}

/** What this browser lacks for hands-free listening (null: nothing). */
export function missingFeature(win: Window & typeof globalThis = window): string | null {
  if (typeof win.AudioWorkletNode !== 'function' || typeof win.AudioContext !== 'function') return 'AudioWorklet';
  if (typeof win.Worker !== 'function') return 'Web Workers';
  if (typeof win.WebAssembly !== 'object') return 'WebAssembly';
  if (typeof win.navigator.mediaDevices?.getUserMedia !== 'function') return 'microphone access (getUserMedia)';
  return null;
}

export interface NavigatorLike {
  userAgent: string;
  maxTouchPoints?: number;
  userAgentData?: { mobile?: boolean };
}

/** True on devices whose microphone has a single owner: Android and iOS phones and tablets. */
export function singleOwnerMicrophone(nav: NavigatorLike): boolean {
  if (nav.userAgentData?.mobile === true) return true;
  if (/Android|iPhone|iPad|iPod/i.test(nav.userAgent)) return true;
  // iPadOS presents itself as a Mac; it has touch points, Macs do not.
  return /Macintosh/.test(nav.userAgent) && (nav.maxTouchPoints ?? 0) > 1;
}
