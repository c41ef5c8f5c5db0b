// Whether a user gesture alone lets the page speak and play media later. Chromium needs only the gesture itself
// (sticky user activation); WebKit (every iOS browser, Safari) only once speak() or play() was called inside one, so
// the first tap speaks a silent utterance and plays the silent audio there. In Chromium both would only hold back the
// first sentence after the tap: the engine says the silent utterance first, and opening an audio output takes its CPU
// (a briefing tapped on a fresh page: 157 → 97 ms without the utterance, → 82 ms without the audio too, measured with
// speech-dispatcher). Chromium is told by navigator.userAgentData, which only it has; any other browser keeps both.
export function gestureAloneUnlocks(nav: object): boolean {
  return (nav as { userAgentData?: unknown }).userAgentData !== undefined;
}
