// The on-device ear's code (device-ear.ts, the shared capture's use of it) loads only when the person turns the ear
// on: this stand-in answers what the interface asks before that (languages, size, what the browser lacks) and hands
// everything else to the real one once imported, so none of the ear's own code is in the initial JavaScript.
import type { Lang } from '../../domain/types';
import { missingFeature } from '../sound/mic-support';
import type { DeviceEar, EarModel } from './device-ear';

export function createLazyDeviceEar(models: readonly EarModel[], load = () => import('./device-ear')): DeviceEar {
  let real: Promise<DeviceEar> | null = null;
  let ready: DeviceEar | null = null;
  const get = () =>
    (real ??= load().then(({ createDeviceEar }) => {
      ready = createDeviceEar(models);
      return ready;
    }));
  const modelOf = (lang: Lang) => models.find((m) => m.lang === lang);
  return {
    langs: models.map((m) => m.lang),
    missing: missingFeature(),
    downloadBytes: (lang) => modelOf(lang)?.files.bytes ?? 0,
    load: async (lang, onProgress) => (await get()).load(lang, onProgress),
    unload: async (forget) => (await get()).unload(forget),
    setNames: (names) => void get().then((ear) => ear.setNames(names)),
    recognizer: {
      get supported() {
        return ready?.recognizer.supported ?? false;
      },
      localAvailability: async () => 'unavailable',
      installLocal: async () => false,
      listen(lang, handlers, options) {
        if (ready) return ready.recognizer.listen(lang, handlers, options);
        handlers.onError('unsupported');
        handlers.onEnd();
        return { stop: () => {}, abort: () => {} };
      },
    },
  };
}
