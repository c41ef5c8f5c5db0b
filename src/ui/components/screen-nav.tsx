// Links between the screens: a bar at the bottom on phones, at the top on wider screens. Icons are decorative; the
// text names each screen, and the current one is marked for assistive technology with aria-current.
import { useT } from '../store-context';
import { prefetchScreen } from '../screens/lazy-screens';
import { screenName } from '../screens/screen-names';
import { SCREENS, hashOf, type Screen } from '../use-screen';
import { Icon, type IconName } from './icons';

const ICONS: Record<Screen, IconName> = { now: 'headphones', stories: 'stories', history: 'history', sources: 'feed', settings: 'tune' };

export function ScreenNav({ current }: { current: Screen }) {
  const t = useT();
  return (
    <nav className="screen-nav" aria-label={t.screens.navLabel}>
      <ul>
        {SCREENS.map((screen) => (
          <li key={screen}>
            <a
              href={hashOf(screen)}
              aria-current={screen === current ? 'page' : undefined}
              onPointerEnter={() => prefetchScreen(screen)}
              onFocus={() => prefetchScreen(screen)}
              data-testid={`nav-${screen}`}
            >
              <Icon name={ICONS[screen]} />
              <span>{screenName(t, screen)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
