// Canonical forms of spoken or typed text, so matching ignores case, punctuation and Vietnamese diacritics.

/** Removes diacritics (including Vietnamese đ) while keeping base letters: "Tin tức hôm nay" → "Tin tuc hom nay". */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Lower case, curly quotes straightened, punctuation to spaces (apostrophes inside words kept), spaces folded. */
export function normalizeUtterance(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The matching key of an utterance: normalized and folded (so "tin ai hom nay" equals "tin AI hôm nay"). */
export function matchKey(text: string): string {
  return foldDiacritics(normalizeUtterance(text));
}

/**
 * Lower case without diacritics, keeping every other character in place (so word boundaries stay): "Bán Dẫn" →
 * "ban dan". The one-pass fold that topic matching and story search run on whole articles.
 */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
}

/**
 * Lower-case words of a long text with diacritics removed, for searching stories: "Cổ phiếu bán dẫn" → co, phieu,
 * ban, dan. Faster than matchKey on whole articles (one pass per step); apostrophes separate words here.
 */
export function foldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
