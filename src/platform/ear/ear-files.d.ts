// The on-device ear's files in this build (scripts/vite-plugins.ts earModelFiles defines it): addresses under /ear/
// named by content hash, their size together, and the Cache Storage name that keeps them.
import type { EarFiles } from './ear-cache';

declare global {
  const __EAR_FILES__: EarFiles;
}
