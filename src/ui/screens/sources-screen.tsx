// Sources: the stories on the device and the feeds they come from.
import { Library } from '../components/library';

export function SourcesScreen() {
  return <Library />;
}
