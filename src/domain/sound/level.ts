// Loudness of a block of samples in dBFS, for level meters: the mean square of the samples on a decibel scale.

/** The level reported for digital silence (and anything quieter). */
export const SILENCE_DB = -100;

/** dBFS of a mean square (full-scale sine ≈ −3 dB); SILENCE_DB at or below 1e-10. */
export const dbOfMeanSquare = (meanSquare: number): number => (meanSquare > 1e-10 ? 10 * Math.log10(meanSquare) : SILENCE_DB);

/** dBFS of a block of samples in −1…1. */
export function levelDb(samples: ArrayLike<number>): number {
  if (samples.length === 0) return SILENCE_DB;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
  return dbOfMeanSquare(sum / samples.length);
}
