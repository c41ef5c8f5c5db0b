// Inline SVG icons (no icon fonts, nothing fetched). Decorative: the button text or label names the action.
import type { ReactElement } from 'react';

const paths: Record<string, ReactElement> = {
  mic: <path d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2Z" />,
  play: <path d="M8 5v14l11-7L8 5Z" />,
  pause: <path d="M7 5h4v14H7V5Zm6 0h4v14h-4V5Z" />,
  next: <path d="M6 6v12l8.5-6L6 6Zm9 0h2v12h-2V6Z" />,
  previous: <path d="M7 6h2v12H7V6Zm2.5 6L18 18V6l-8.5 6Z" />,
  repeat: <path d="M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7Z" />,
  stop: <path d="M7 7h10v10H7V7Z" />,
  upload: <path d="M5 20h14v-2H5v2Zm7-16-5 5h3v6h4V9h3l-5-5Z" />,
};

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {paths[name]}
    </svg>
  );
}
