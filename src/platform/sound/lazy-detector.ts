// Hands-free's detector (mediapipe-detector.ts: the microphone capture, the worker running YAMNet) loads when Hands-free
// is first turned on: this stand-in answers what the interface asks before that (what the browser lacks, whether the
// microphone has one owner) and starts the real one once imported, so none of its code is in the initial JavaScript.
import { missingFeature, singleOwnerMicrophone } from './mic-support';
import type { SoundDetector, SoundSession } from './sound-detector';

export function createLazyDetector(load = () => import('./mediapipe-detector')): SoundDetector {
  return {
    missing: missingFeature(),
    exclusiveMicrophone: singleOwnerMicrophone(navigator),
    start(handlers) {
      let session: SoundSession | null = null;
      let stopped = false;
      load().then(
        ({ createMediaPipeDetector }) => {
          if (!stopped) session = createMediaPipeDetector().start(handlers);
        },
        (error: unknown) => {
          // The detector's code could not be fetched (offline before it was ever cached): as a model that cannot load.
          if (!stopped) handlers.onProblem('model', error instanceof Error ? error.message : String(error));
        },
      );
      return {
        stop() {
          stopped = true;
          session?.stop();
        },
      };
    },
  };
}
