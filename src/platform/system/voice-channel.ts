// One voice at a time across tabs: a tab that starts speaking says so on a BroadcastChannel, and the others stop.
// (The newest wins, as with any media app: the tab the person just used is the one they want to hear.)

export interface VoiceChannel {
  /** Tells the other tabs this one is speaking now. */
  claim(): void;
  /** Calls back when another tab starts speaking. */
  onClaimed(listener: () => void): void;
}

const NAME = 'earshot-voice';

export function createVoiceChannel(Channel: typeof BroadcastChannel | undefined = globalThis.BroadcastChannel): VoiceChannel {
  if (typeof Channel !== 'function') return { claim: () => {}, onClaimed: () => {} };
  const channel = new Channel(NAME);
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return {
    claim: () => channel.postMessage({ type: 'speaking', from: id }),
    onClaimed(listener) {
      channel.addEventListener('message', (e: MessageEvent<{ type?: string; from?: string }>) => {
        if (e.data?.type === 'speaking' && e.data.from !== id) listener();
      });
    },
  };
}
