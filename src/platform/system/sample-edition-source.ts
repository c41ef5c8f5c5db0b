// Fetches the sample edition shipped with the app (same origin, precached by the service worker).
import { parseSampleEdition, type SampleEdition } from '../../domain/news/sample-edition';

export async function fetchSampleEdition(baseUrl: string = import.meta.env.BASE_URL): Promise<SampleEdition> {
  const res = await fetch(`${baseUrl}sample-edition.json`);
  if (!res.ok) throw new Error(`sample edition: HTTP ${res.status}`);
  return parseSampleEdition(await res.json());
}
