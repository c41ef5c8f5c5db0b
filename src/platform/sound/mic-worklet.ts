// The audio thread's part of listening: 16 kHz mono samples, 100 ms at a time, sent to every listener that asked
// (Hands-free's classifier worker, the on-device recognizer's worker), with the last second kept so a listener that
// joins at a speech onset also gets the words that started it. Loaded with audioWorklet.addModule; it does nothing
// else, so the audio thread never waits on a model.
// Its globals (sampleRate, registerProcessor, AudioWorkletProcessor) are declared in audio-worklet-globals.d.ts.

const TARGET_RATE = 16_000;
const CHUNK = 1_600;
/** Audio kept for listeners that join late: one second. */
const KEPT = TARGET_RATE;

/** What the page sends: a listener joins (with how much of the kept audio it wants first, ms), or leaves. */
type Control = { add: number; port: MessagePort; prerollMs: number } | { remove: number };

class MicForwarder extends AudioWorkletProcessor {
  private outs = new Map<number, MessagePort>();
  private chunk = new Float32Array(CHUNK);
  private filled = 0;
  /** The last second, as a ring. */
  private kept = new Float32Array(KEPT);
  private keptAt = 0;
  private keptFull = false;
  /** Input samples per output sample (1 when the context already runs at 16 kHz, as Chromium allows). */
  private readonly step = sampleRate / TARGET_RATE;
  private phase = 0;
  private acc = 0;
  private accCount = 0;

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent<Control>) => {
      const m = event.data;
      if ('remove' in m) {
        this.outs.get(m.remove)?.close();
        this.outs.delete(m.remove);
        return;
      }
      this.outs.set(m.add, m.port);
      const preroll = this.preroll(Math.round((m.prerollMs / 1000) * TARGET_RATE));
      if (preroll.length > 0) m.port.postMessage(preroll, [preroll.buffer]);
    };
  }

  /**
   * The `n` samples kept before the chunk being filled (fewer when less has been heard), oldest first: that chunk's
   * samples reach the new listener with the chunk itself, so none is heard twice.
   */
  private preroll(n: number): Float32Array<ArrayBuffer> {
    const end = this.keptAt - this.filled;
    const have = (this.keptFull ? KEPT : this.keptAt) - this.filled;
    const take = Math.max(0, Math.min(n, have));
    const out = new Float32Array(take);
    for (let i = 0; i < take; i++) out[i] = this.kept[(end - take + i + 2 * KEPT) % KEPT];
    return out;
  }

  private emit(sample: number) {
    this.kept[this.keptAt] = sample;
    this.keptAt = (this.keptAt + 1) % KEPT;
    if (this.keptAt === 0) this.keptFull = true;
    this.chunk[this.filled++] = sample;
    if (this.filled === CHUNK) {
      // Each listener gets its own copy; the last one takes the chunk itself.
      const outs = [...this.outs.values()];
      outs.forEach((out, i) => {
        const data = i === outs.length - 1 ? this.chunk : this.chunk.slice();
        out.postMessage(data, [data.buffer]);
      });
      this.chunk = new Float32Array(CHUNK);
      this.filled = 0;
    }
  }

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (!channel) return true;
    if (this.step === 1) {
      for (let i = 0; i < channel.length; i++) this.emit(channel[i]);
      return true;
    }
    // Other rates: average the input samples that fall in each output sample (a box filter against aliasing).
    for (let i = 0; i < channel.length; i++) {
      this.acc += channel[i];
      this.accCount++;
      this.phase += 1;
      if (this.phase >= this.step) {
        this.phase -= this.step;
        this.emit(this.acc / this.accCount);
        this.acc = 0;
        this.accCount = 0;
      }
    }
    return true;
  }
}

registerProcessor('earshot-mic', MicForwarder);
