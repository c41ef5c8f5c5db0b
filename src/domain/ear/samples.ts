// Audio chunks joined into one run of samples: a clip kept in pieces, or what is left and what comes next.

/** The chunks, one after another. */
export function joinSamples(parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
