// How the command evaluations compare news outlets ("The Verge", "c. n. n.", "kênh mười bốn"), and which MASSIVE
// `media_type` slot values name one.
import { foldDiacritics } from '../../src/domain/text/normalize';
import type { Lang } from '../../src/domain/types';

// Spoken numbers at the end of a name ("v. t. v. một" = VTV1, "kênh mười bốn" = Kênh 14, "bay news nine").
const EN_UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
/** Vietnamese, folded: không, một/mốt, hai, ba, bốn/tư, năm/lăm, sáu, bảy, tám, chín (mười/mươi apart). */
const VI_UNITS: Readonly<Record<string, number>> = { khong: 0, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
const UNITS: Readonly<Record<string, number>> = { ...EN_UNITS, ...VI_UNITS };
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** The value of number words ("fourteen", "muoi bon", "hai muoi tu"), or null when they are not one number. */
function numberOf(words: readonly string[]): number | null {
  if (words.length === 0) return null;
  if (words.length === 1 && /^\d+$/.test(words[0])) return Number(words[0]);
  let value = 0;
  let i = 0;
  // Vietnamese: [unit] mười/mươi [unit]; "mười" alone is 10.
  const muoi = words.indexOf('muoi');
  if (muoi !== -1) {
    const head = muoi === 0 ? 1 : muoi === 1 ? UNITS[words[0]] : undefined;
    if (head === undefined) return null;
    value = head * 10;
    i = muoi + 1;
  } else if (TENS[words[0]] !== undefined) {
    value = TENS[words[0]];
    i = 1;
  }
  if (i < words.length) {
    const unit = UNITS[words[i]];
    if (unit === undefined || i + 1 !== words.length || (value > 0 && unit > 9)) return null;
    value += unit;
  }
  return value;
}

// Which MASSIVE `media_type` values are outlets. Decided from the `train` rows of news_query only (en-US and vi-VN;
// the test rows were not looked at): there the slot holds names of outlets as the recognizer wrote them ("c. n. n.",
// "b. b. c.'s", "new york times", "times of india", "hackernews", "bay news nine", "kênh mười bốn chấm com",
// "báo tuổi trẻ", "v. t. v. ba", "tờ báo times của ấn độ", "bob's news"…), but also generic words for where news
// comes from ("source", "new provider", "local news", "morning news", "state paper", "tin tức địa phương", "nguồn
// tin", "tờ báo chính thống", "mới nhất", "tài chính kinh doanh", "kênh thể thao", "buổi sáng", a bare "nine"), and
// platforms that carry everyone's posts ("facebook", "reddit", "tweet", "google", "uc web", "tin tức ở zalo").
// Rule: a value names an outlet when, once the generic words below are set aside, some word is left that is neither
// a number word nor a platform, or when it is a channel with its number ("kênh mười bốn"). Left out on purpose:
// "tin tức về tin tặc" (Hacker News translated word for word, heard as a topic) and "báo mới" (beside "new provider"
// in English it reads as "a new paper", not the aggregator Báo Mới). Missed: "báo thời đại" (the paper Thời Đại),
// whose words are all generic; "so clean" counts as a name.
const GENERIC = new Set([
  // English
  'a', 'an', 'the', 'my', 'news', 'new', 'newsource', 'source', 'sources', 'provider', 'providers', 'local', 'morning', 'evening', 'latest',
  'top', 'stories', 'story', 'headlines', 'state', 'paper', 'papers', 'newspaper', 'channel', 'station', 'network', 'world', 'live', 'sports',
  'business', 'finance', 'tech', 'technology', 'from', 'on', 'of', 'in', 'dot', 'com',
  // Vietnamese, folded
  'tin', 'tuc', 'nguon', 'cung', 'cap', 'thong', 'nha', 'moi', 'nhat', 'buoi', 'sang', 'toi', 'dia', 'phuong', 'tai', 'chinh', 'kinh', 'doanh',
  'thao', 'to', 'bao', 'kenh', 'dai', 'trang', 'thoi', 'su', 'truyen', 'hinh', 'truc', 'tiep', 've', 'o', 'cua', 'tren',
  'cham', 'tac', 'cac', 'nhung',
]);
const PLATFORMS = new Set(['facebook', 'reddit', 'tweet', 'tweets', 'twitter', 'google', 'uc', 'web', 'zalo', 'youtube', 'tiktok', 'instagram']);

/** Words that stand before a name without being it ("the BBC", "báo Tuổi Trẻ", "kênh VTV1", "đài VTV"), unless
 * what follows is generic or a number: "Báo Mới" and "Kênh 14" keep theirs. */
const LEADING = new Set(['the', 'bao', 'to', 'trang', 'dai', 'kenh']);
/** Words and endings that may follow a name ("BBC News", "Hacker News", "vnexpress dot com", "việt nam chấm nét"). */
const TRAILING = new Set(['news', 'com', 'net', 'vn', 'org']);
const SUFFIX = /(news|com|net|vn|org)$/;

const folded = (text: string) =>
  foldDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The key two outlet names are compared by: lower case, no diacritics, no spaces, dots, hyphens or apostrophes (so
 * "c. n. n." = "CNN", "Tech Crunch" = "TechCrunch"). Also left out: a possessive "'s", "dot"/"chấm", a leading
 * "the", "báo", "tờ", "trang", "đài" or "kênh" before a name, and a trailing "news", "com", "net"… ("the BBC" =
 * "BBC News" = "bbcnews" = "BBC", "báo Tuổi Trẻ" = "Tuổi Trẻ", "VietnamNet" = "việt nam chấm nét"); spoken numbers
 * at the end become digits ("v. t. v. một" = "VTV1", "kênh mười bốn" = "Kênh 14"). Both sides go through the same
 * steps, so a label may be written either way.
 */
export function outletKey(name: string): string {
  const words = folded(name).filter((w) => w !== 'dot' && w !== 'cham');
  const isName = (w: string) => !GENERIC.has(w) && numberOf([w]) === null;
  while (words.length > 1 && LEADING.has(words[0]) && words.slice(1).some(isName)) words.shift();
  while (words.length > 1 && TRAILING.has(words[words.length - 1]) && words.slice(0, -1).join('').length > 1) words.pop();
  let key = words.join('');
  // The longest run of number words at the end that reads as one number ("viet nam" keeps its "nam").
  for (let start = 0; start < words.length; start++) {
    const n = numberOf(words.slice(start));
    if (n === null || (words[start] === 'nam' && words[start - 1] === 'viet')) continue;
    key = [...words.slice(0, start), String(n)].join('');
    break;
  }
  const bare = key.replace(SUFFIX, '');
  return bare.length > 1 ? bare : key;
}

/** Outlets compare equal by their keys (see `outletKey`); null only equals null. */
export function sameOutlet(got: string | null | undefined, want: string | null): boolean {
  if (want === null) return got === null || got === undefined;
  return typeof got === 'string' && outletKey(got) === outletKey(want);
}

/** MASSIVE: the media_type value and the parsed outlet agree by key, either containing the other ("báo tuổi trẻ"
 * and "tuổi trẻ"; "kênh mười bốn chấm com" and "kênh 14"). */
export function outletFound(got: string | null | undefined, want: string): boolean {
  if (!got) return false;
  const [a, b] = [outletKey(got), outletKey(want)];
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/** True when a MASSIVE media_type value names a news outlet (see the rule above). */
export function isOutletMediaType(value: string, lang: Lang): boolean {
  const numberWord = (w: string) => (lang === 'vi' ? w in VI_UNITS || w === 'muoi' : w in EN_UNITS || w in TENS) || /^\d+$/.test(w);
  const words = folded(value);
  if (words.some((w) => PLATFORMS.has(w))) return false;
  // A numbered channel is named by its number ("kênh mười bốn" = Kênh 14).
  const channel = words.findIndex((w) => w === 'kenh' || w === 'channel');
  if (channel !== -1 && numberOf(words.slice(channel + 1).filter((w) => !['cham', 'dot', 'com'].includes(w))) !== null) return true;
  return words.some((w) => !GENERIC.has(w) && !numberWord(w));
}
