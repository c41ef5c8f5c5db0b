// Runs before the first paint, inlined into index.html's head by the build (scripts/vite-plugins.ts; the CSP allows
// it by its hash, server/csp.ts). index.html holds the first screen prerendered in English and in Vietnamese (the build
// puts them there); this picks the language the app will pick (?lang=, then the remembered one, then the browser's,
// as src/store/settings-slice.ts and app-store.ts do) and hides both when the address opens another screen.
// The app sets the same `lang` on <html> once it runs. Tested by tests/e2e/first-paint.spec.ts.
(function () {
  var LANGS = ['en', 'vi'];
  var known = function (l) {
    return LANGS.indexOf(l) >= 0;
  };
  var lang = null;
  try {
    var asked = new URLSearchParams(location.search).get('lang');
    if (known(asked)) lang = asked;
  } catch {
    // No URLSearchParams: the remembered or the browser's language decides.
  }
  if (!lang) {
    try {
      var saved = JSON.parse(localStorage.getItem('earshot-settings') || 'null');
      if (saved && saved.state && known(saved.state.lang)) lang = saved.state.lang;
      // The first run's offer of sources, prerendered, stays hidden once it was answered (as the app decides).
      var choice = saved && saved.state && saved.state.starterChoice;
      if (choice === 'on' || choice === 'declined') document.documentElement.setAttribute('data-starter', 'chosen');
    } catch {
      // No storage (a private mode) or a foreign value: the browser's language decides, as in the app.
    }
  }
  if (!lang) {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < tags.length && !lang; i++) {
      var primary = String(tags[i]).split('-')[0].toLowerCase();
      if (known(primary)) lang = primary;
    }
  }
  var root = document.documentElement;
  root.lang = lang || 'en';
  var screen = location.hash.replace(/^#\/?/, '');
  if (screen !== '') root.setAttribute('data-first-screen', 'other');
})();
