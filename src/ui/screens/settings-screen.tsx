// Settings: voices, headphones mode and storage.
import { SettingsPanel } from '../components/settings-panel';

export function SettingsScreen() {
  return <SettingsPanel />;
}
