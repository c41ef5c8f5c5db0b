// Roles a question asks for ("who runs it", "giám đốc", "the council's leader") and when a sentence's role is another:
// a deputy or a sales director is not the head, "Harrow Lane's chief executive" is not Cadenza's.
import type { Context } from './fitting';
import type { IndexedSentence } from './story-index';

/**
 * Words that make a role another one: a deputy director is not the director asked about, nor a director the "tổng
 * giám đốc" (chief executive). Folded.
 */
const QUALIFIERS = new Set([
  'pho', 'deputy', 'vice', 'pro', 'former', 'cuu', 'nguyen', 'ex', 'acting', 'quyen', 'assistant', 'interim', 'tong',
  // A director of one function is not the head: "sales director", "technology director".
  'sales', 'marketing', 'finance', 'financial', 'technology', 'technical', 'product', 'engineering', 'research', 'creative', 'commercial', 'regional', 'communications',
]);

/** Words of roles (folded), the only words a qualifier changes: "Tổng kinh phí" is still the budget. */
export const ROLE_WORDS = new Set(
  'giam doc chu tich truong director ceo president chairman chairwoman chair minister manager officer executive secretary governor editor head chief cto cfo coo founder leader boss mayor commissioner dean principal chancellor provost rector managing responsible'.split(' '),
);

/** Each sentence's folded words, made once: every matched word of every question asks for them. */
const KEYS = new WeakMap<IndexedSentence, string[]>();
function keysOf(s: IndexedSentence): string[] {
  let keys = KEYS.get(s);
  if (!keys) KEYS.set(s, (keys = s.words.map((w) => w.key)));
  return keys;
}

/** The qualifiers just before a run of words ("phó tổng" before "giám đốc"), walking back from `first`. */
function qualifiersBefore(words: readonly string[], first: number): string {
  let i = first;
  while (i > 0 && QUALIFIERS.has(words[i - 1])) i--;
  return words.slice(i, first).join(' ');
}

/** Vietnamese says a role's function after it: "giám đốc công nghệ" (chief technology officer) is not the head. Folded. */
const VI_FUNCTIONS = new Set(['cong nghe', 'ky thuat', 'san pham', 'tai chinh', 'kinh doanh', 'van hanh', 'nhan su', 'du an', 'marketing', 'truyen thong', 'chuyen mon', 'khoi']);

/** True when a Vietnamese role at word `p` is followed by a function the question does not say. */
function viFunctionAfter(keys: readonly string[], p: number, c: Context): boolean {
  let b = p;
  while (b + 1 < keys.length && ROLE_WORDS.has(keys[b + 1])) b++;
  const next = keys[b + 1] === 'khoi' ? 'khoi' : `${keys[b + 1] ?? ''} ${keys[b + 2] ?? ''}`;
  return VI_FUNCTIONS.has(next) && !next.split(' ').every((w) => c.asked.has(w));
}

/** Words after "head of" that name whose head it is (the organisation), not a function of it. Folded. */
const OWNER_AFTER_OF = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/**
 * True when an English role at word `p` is the head of a function ("head of veterinary services", "head of product"),
 * which the question does not say: the head of a department does not run the organisation.
 */
function headOfFunction(keys: readonly string[], p: number, c: Context): boolean {
  let b = p;
  while (b + 1 < keys.length && ROLE_WORDS.has(keys[b + 1])) b++;
  if (keys[b] !== 'head' || keys[b + 1] !== 'of' || keys[b + 2] === undefined) return false;
  const said = keys[b + 2];
  // "The head vet" asks for the head of veterinary services.
  return !OWNER_AFTER_OF.has(said) && !c.askedOrder.some((w) => w.length >= 3 && (said.startsWith(w) || w.startsWith(said)));
}

/**
 * True when a match at word `p` names another role than asked: "Phó giám đốc" for "giám đốc", "giám đốc" for "tổng
 * giám đốc". The qualifiers before the matched run of question words must be the question's own.
 */
export function qualified(s: IndexedSentence, p: number, c: Context): boolean {
  const keys = keysOf(s);
  if (c.lang === 'vi' && ROLE_WORDS.has(keys[p]) && viFunctionAfter(keys, p, c)) return true;
  if (c.lang === 'en' && ROLE_WORDS.has(keys[p]) && headOfFunction(keys, p, c)) return true;
  let first = p;
  while (first > 0 && c.asked.has(keys[first - 1]) && !QUALIFIERS.has(keys[first - 1])) first--;
  if (!keys.slice(first, p + 3).some((k) => ROLE_WORDS.has(k))) return false;
  const at = c.askedOrder.indexOf(keys[first]);
  return qualifiersBefore(keys, first) !== (at < 0 ? '' : qualifiersBefore(c.askedOrder, at));
}

/** Nouns a question names an owner by without naming it: "the leader of the council", "the head of the union". */
const OWNER_NOUNS = new Set(['council', 'union', 'city', 'district', 'board', 'ministry', 'government', 'university', 'hospital', 'school', 'airport', 'club', 'party', 'association', 'agency', 'authority', 'regulator', 'police', 'court', 'army']);

/** Words of an owner that say only "the company": a role of it may be the role of the one asked about. */
const GENERIC_OWNERS = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'company', 'firm', 'start', 'startup', 'group', 'business', 'cong', 'ty', 'hang', 'doanh', 'nghiep', 'tap', 'doan', 'nay', 'do']);

/**
 * True when a role matched at word `p` is the role of someone the question does not ask about: "Harrow Lane's chief
 * executive" for "Cadenza's chief executive", "Giám đốc bệnh viện" for "giám đốc công ty Lam Hồng". Only where both
 * name an owner: "its chief executive", "giám đốc công ty" may be the one asked about.
 */
export function ownedElsewhere(s: IndexedSentence, p: number, c: Context): boolean {
  if (!ROLE_WORDS.has(s.words[p].key)) return false;
  const keys = keysOf(s);
  let a = p;
  let b = p;
  while (a > 0 && ROLE_WORDS.has(keys[a - 1])) a--;
  while (b + 1 < keys.length && ROLE_WORDS.has(keys[b + 1])) b++;
  // Only where the question names whose role it asks ("Cadenza's"), not where it describes them ("the firm that makes it").
  const asked = c.q.words.filter((w) => !ROLE_WORDS.has(w) && !GENERIC_OWNERS.has(w) && (c.askedNames.has(w) || OWNER_NOUNS.has(w)));
  if (asked.length === 0) return false;
  let owner: string[] = [];
  if (c.lang === 'en' && a > 0 && /'s$/.test(s.words[a - 1].lower)) owner = [keys[a - 1].replace(/'s$/, '')];
  else if (c.lang === 'en' && keys[b + 1] === 'of') owner = keys.slice(b + 2, b + 5).filter((k) => k !== 'the');
  else if (c.lang === 'vi') owner = keys.slice(b + 1, b + 4).filter((k) => k !== 'cua');
  // Only what follows the role in the same phrase: a comma or a stop ends it.
  const phraseEnd = s.text.slice(s.words[b].end).search(/[,.;:()"“”]/);
  if (c.lang !== 'en' || keys[b + 1] === 'of') owner = owner.filter((_, k) => phraseEnd < 0 || s.words[b + 1 + k + (keys[b + 1] === 'of' ? 1 : 0)]?.start < s.words[b].end + phraseEnd);
  const named = owner.filter((w) => !GENERIC_OWNERS.has(w));
  return named.length > 0 && !named.some((w) => asked.includes(w) || c.asked.has(w));
}
