// Letting other work run between the slices of long upkeep: input, rendering, other transactions.

/**
 * Resolves in a new task, after whatever is queued (a message to itself, not a timer: timers are clamped to a second
 * in a background tab, which would stretch a prune of a few hundred slices to minutes).
 */
export function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      channel.port2.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
