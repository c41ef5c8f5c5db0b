// Guesses English or Vietnamese for text whose feed does not say, from letters only Vietnamese uses.

const VIETNAMESE_LETTERS = /[ăđơưĂĐƠƯ\u1EA0-\u1EF9]/u;

/** "vi" when enough words carry Vietnamese-only letters, else "en". */
export function detectLanguage(text: string): 'en' | 'vi' {
  const words = text.normalize('NFC').split(/\s+/).filter((w) => /\p{L}/u.test(w)).slice(0, 400);
  if (words.length === 0) return 'en';
  const marked = words.filter((w) => VIETNAMESE_LETTERS.test(w)).length;
  return marked / words.length >= 0.15 ? 'vi' : 'en';
}

/** Primary language subtag of a BCP 47 tag, lower case ("vi-VN" → "vi"); null when absent or malformed. */
export function primaryLanguage(tag: unknown): string | null {
  if (typeof tag !== 'string') return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag);
  return m ? m[1].toLowerCase() : null;
}
