// History: briefings played (replay, delete) and the saved stories.
import { HistoryPanel, SavedPanel } from '../components/history';

export function HistoryScreen() {
  return (
    <>
      <HistoryPanel />
      <SavedPanel />
    </>
  );
}
