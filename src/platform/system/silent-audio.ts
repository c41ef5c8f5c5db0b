// A silent WAV made in memory: played in a loop while a briefing is active so the browser shows media controls
// (lock screen, notification, headset buttons) for speech that is not an <audio> element.

/** 10 s of 8 kHz, 8-bit mono silence: long enough that Android treats it as media, 80 KB in memory, nothing fetched. */
export function silentWav(seconds = 10, sampleRate = 8000): Blob {
  const samples = seconds * sampleRate;
  const buffer = new ArrayBuffer(44 + samples);
  const v = new DataView(buffer);
  const ascii = (at: number, s: string) => [...s].forEach((ch, i) => v.setUint8(at + i, ch.charCodeAt(0)));
  ascii(0, 'RIFF');
  v.setUint32(4, 36 + samples, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate, true); // bytes per second
  v.setUint16(32, 1, true); // block align
  v.setUint16(34, 8, true); // bits per sample
  ascii(36, 'data');
  v.setUint32(40, samples, true);
  new Uint8Array(buffer, 44).fill(128); // 8-bit PCM silence is the midpoint
  return new Blob([buffer], { type: 'audio/wav' });
}
