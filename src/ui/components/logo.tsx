// The Earshot mark (same drawing as public/icons/icon.svg), inline so it costs no request.
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 512 512" width="36" height="36" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="112" fill="#12303f" />
      <g fill="none" stroke="#ffd166" strokeLinecap="round" strokeWidth="34">
        <path d="M240.3 179.4A100 100 0 0 1 240.3 332.6" />
        <path d="M285.3 125.8A170 170 0 0 1 285.3 386.2" />
        <path d="M330.3 72.2A240 240 0 0 1 330.3 439.8" opacity=".55" />
      </g>
      <circle cx="176" cy="256" r="42" fill="#ffd166" />
    </svg>
  );
}
