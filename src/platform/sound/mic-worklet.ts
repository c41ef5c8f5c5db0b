// The audio thread's part of hands-free listening: 16 kHz mono samples, 100 ms at a time, sent to the classifier worker.
// Loaded with audioWorklet.addModule; it does nothing else, so the audio thread never waits on the model.
// Its globals (sampleRate, registerProcessor, AudioWorkletProcessor) are declared in audio-worklet-globals.d.ts.

const TARGET_RATE = 16_000;
const CHUNK = 1_600;

class MicForwarder extends AudioWorkletProcessor {
  private out: MessagePort | null = null;
  private chunk = new Float32Array(CHUNK);
  private filled = 0;
  /** Input samples per output sample (1 when the context already runs at 16 kHz, as Chromium allows). */
  private readonly step = sampleRate / TARGET_RATE;
  private phase = 0;
  private acc = 0;
  private accCount = 0;

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent<{ port: MessagePort }>) => {
      this.out = event.data.port;
    };
  }

  private emit(sample: number) {
    this.chunk[this.filled++] = sample;
    if (this.filled === CHUNK) {
      this.out?.postMessage(this.chunk, [this.chunk.buffer]);
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
