// Names in a sentence: people, organisations and places, English and Vietnamese. A name is a run of capitalised
// words; what it is comes from the words around it (a title or role before a person, a suffix or a head noun with an
// organisation, a preposition before a place), small lists of well-known organisations and places, and the people
// the story has already named ("Altman" after "Sam Altman").
import {
  EN_ORG_WORDS,
  EN_PERSON_ROLES,
  EN_PERSON_TITLES,
  EN_PLACE_PREPOSITIONS,
  EN_PLACES,
  EN_SPEECH_VERBS,
  KNOWN_ORGS,
  VI_FAMILY_NAMES,
  VI_NOT_NAMES,
  VI_ORG_HEADS,
  VI_PERSON_TITLES,
  VI_PLACE_HEADS,
  VI_PLACES,
} from './entity-words';
import { foldText } from '../text/normalize';
import type { Entity } from './types';

interface Tok {
  text: string;
  start: number;
  end: number;
  /** The name ends here: a possessive or a compound adjective followed ("SoftBank's", "Abu Dhabi-based"). */
  closes: boolean;
}

/** Names already read elsewhere in the story, by single word: "Altman" after "Sam Altman", "Veltrix" after "Veltrix Semiconductor". */
export interface KnownNames {
  people: ReadonlySet<string>;
  orgs: ReadonlySet<string>;
  /** Words the story writes in lower case ("crews"): opening a sentence with a capital ("Crews confirmed…"), no name. */
  lowercase?: ReadonlySet<string>;
}

const NO_NAMES: KnownNames = { people: new Set(), orgs: new Set() };

/** The words a text writes in lower case, for telling a sentence's first word from a name. */
export function lowercaseWords(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => t.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}'’-]*/gu) ?? []));
}

/** Words with the characters names carry inside them ("U.S", "Co-founder", "AT&T", "Nvidia's"). */
const TOKEN = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}&'’.-]*[\p{L}\p{M}\p{N}])?/gu;

function tokens(sentence: string): Tok[] {
  return [...sentence.matchAll(TOKEN)].map((m) => {
    // A possessive belongs to the sentence, not the name: "SoftBank's" is the name "SoftBank"; so does the
    // adjective a name makes: "Abu Dhabi-based" names "Abu Dhabi".
    const text = m[0].replace(/['’]s$/, '').replace(/(?<=\p{L})-\p{Ll}[\p{L}-]*$/u, '');
    return { text, start: m.index, end: m.index + text.length, closes: text !== m[0] };
  });
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const hasDigit = (w: string) => /\d/.test(w);
/** OpenAI, DeepSeek, MGX, IBM: capitals inside a word or all capitals mark an organisation or a product. */
const isBrandShaped = (w: string) => /^\p{Lu}.*\p{Lu}/u.test(w) || /^\p{Lu}{2,}$/u.test(w);
const isLatinOnly = (w: string) => /^[A-Za-z&'’.-]+$/.test(w);

/** Capitalised function words that open English sentences and are never names by themselves. */
const EN_NOT_NAMES = new Set(
  'The|A|An|It|Its|This|That|These|Those|He|She|They|We|I|You|His|Her|Their|Our|In|On|At|But|And|Or|For|With|By|From|After|Before|While|When|Where|Why|What|Who|How|As|If|According|Meanwhile|However|Also|Last|Next|Earlier|Later|Since|Until|Despite|Although|Though|Some|Many|Most|All|Both|Each|Other|Such|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Shares|Its|There|Here|Then|Now|Today|Yesterday|Tomorrow|Under|Over|About|Among|Amid|Once|More|Much|Several|Few|Not|No|Yes|So|Yet|Still|Even|Only|Just|Instead|Other|Another|Unlike|Like|Because|Due|Thanks|During|Within|Without|Through|Into|Onto|Upon|Against|Between|Beyond|Toward|Towards|Is|Are|Was|Were|Will|Would|Can|Could|Should|May|Might|Must|Do|Does|Did|Has|Have|Had|Chief|Executive|Analysts|Critics|Experts|Investors|Officials|Users|Researchers|Regulators|Customers|Companies|People|Prices|Sales|Revenue|Demand|Construction|Plans|Production|Work|Data|Training|Its'.split(
    '|',
  ),
);
/** Adjectives of peoples and regions: capitalised, but they name no one ("Arabic-language models", "Finnish town"). */
const DEMONYMS = new Set(
  'American|British|Chinese|Japanese|Korean|European|French|German|Italian|Spanish|Portuguese|Finnish|Swedish|Arabic|Arab|Indian|Russian|Vietnamese|English|Dutch|Nordic|Asian|African|Western|Eastern|Northern|Southern|Canadian|Australian|Israeli|Taiwanese|Emirati|Saudi|Turkish|Polish|Ukrainian|Brazilian|Mexican|Irish|Scottish|Welsh|Danish|Norwegian|Swiss|Austrian|Belgian|Greek|Malaysian|Indonesian|Thai|Singaporean|Filipino|Latin|Hispanic|Gulf|Baltic|Scandinavian|Californian|Texan|Hanoian|Korean-made|Cantonese|Mandarin|Hindi|Urdu|Persian|Hebrew|Spanish-language'.split('|'),
);
/** Those of them that say a country ("Dutch", "British"), not a region or a language. */
const NATIONALITIES = new Set(
  [...DEMONYMS].filter((d) => !/^(?:European|Nordic|Asian|African|Western|Eastern|Northern|Southern|Latin|Hispanic|Gulf|Baltic|Scandinavian|Arabic|Arab|English|Californian|Texan|Hanoian|Korean-made|Cantonese|Mandarin|Hindi|Urdu|Persian|Hebrew|Spanish-language)$/.test(d)),
);
/** True for a people's adjective that says a country ("Dutch"). */
export const isNationality = (w: string) => NATIONALITIES.has(w);
/** Just after a name, an organisation noun it qualifies ("Dutch start-up", "Seattle company"). */
export const ORG_NOUN_AFTER = /^[\s-]+(?:[a-z-]+ )?(?:start-up|startup|company|firm|group|maker|developer|manufacturer|operator|supplier|provider|lab|bank|insurer|retailer|chipmaker|carmaker|regulator|university|agency|utility)s?\b/u;
const EN_MONTHS_AND_DAYS = new Set(
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'.split('|'),
);
/** Capitalised abbreviations that name things, not organisations ("AI", "GPU", "USD"). */
const NOT_NAMES_ACRONYMS = new Set(
  'AI|AGI|GPU|GPUs|CPU|CPUs|NPU|TPU|LLM|LLMs|API|APIs|IPO|CEO|CTO|CFO|COO|USD|VND|VNĐ|EUR|GBP|GDP|EV|EVs|PC|PCs|TV|OK|IT|AR|VR|XR|IoT|5G|6G|HBM|RAM|SSD|PDF|URL|FAQ|PR|HR|R&D|ESG|CO2|UI|UX|OS|iOS|SaaS|B2B|ID|DNA|RNA|AM|PM|Q1|Q2|Q3|Q4|H1|H2'.split('|'),
);
/** Nouns that, just before "of" or an apposition's comma, say what the name is ("the town of …", "the utility, …"). */
const EN_PLACE_NOUNS = new Set(['town', 'towns', 'city', 'cities', 'suburb', 'suburbs', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'township', 'borough', 'districts', 'counties', 'village', 'villages', 'region', 'regions', 'province', 'provinces', 'state', 'states', 'county', 'district', 'island', 'islands', 'port', 'capital', 'municipality', 'coast', 'valley', 'bay']);
const EN_ORG_NOUNS = new Set(['company', 'firm', 'startup', 'start-up', 'utility', 'authority', 'watchdog', 'body', 'commission', 'ministry', 'department', 'court', 'union', 'association', 'institute', 'foundation', 'operator', 'fund', 'bank', 'group', 'maker', 'developer', 'lab', 'laboratory', 'agency', 'regulator', 'insurer', 'retailer', 'carrier', 'chipmaker', 'carmaker', 'automaker', 'investor', 'buyer', 'supplier', 'provider', 'publisher', 'broadcaster', 'university', 'charity', 'nonprofit', 'subsidiary', 'unit', 'rival', 'partner', 'customer', 'client', 'owner', 'parent']);
/** Lower-case words that may join capitalised ones into one name ("Bank of America", "Department for Science"). */
const EN_CONNECTORS = new Set(['of', 'for', 'de', 'del', 'van', 'von', 'der', 'la', 'le', 'al', 'bin', 'du', 'da']);
const EN_SPEECH = new Set(EN_SPEECH_VERBS.split('|'));

/** A run of name words: [first, last] token indexes (inclusive). */
type Run = [number, number];

/** Runs of capitalised words, joined across connectors only when a capitalised word follows. */
function capitalRuns(toks: Tok[], sentence: string, connectors: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised(toks[i].text)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const gap = (a: number, b: number) => sentence.slice(toks[a].end, toks[b].start);
      const next = j + 1;
      if (toks[j].closes) break;
      if (next < toks.length && gap(j, next) === ' ' && isCapitalised(toks[next].text)) {
        j = next;
        continue;
      }
      if (next + 1 < toks.length && connectors.has(toks[next].text) && gap(j, next) === ' ' && gap(next, next + 1) === ' ' && isCapitalised(toks[next + 1].text)) {
        j = next + 1;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

function entity(kind: Entity['kind'], sentence: string, toks: Tok[], from: number, to: number): Entity {
  const start = toks[from].start;
  const end = toks[to].end;
  return { kind, text: sentence.slice(start, end), start, end };
}

/** The longest known place inside a run, by token positions. */
function placeInside(toks: Tok[], [a, b]: Run, places: ReadonlySet<string>, sentence: string): Run | null {
  for (let len = b - a + 1; len >= 1; len--) {
    for (let i = a; i + len - 1 <= b; i++) {
      const text = sentence.slice(toks[i].start, toks[i + len - 1].end);
      if (places.has(text)) return [i, i + len - 1];
    }
  }
  return null;
}

function wordBefore(toks: Tok[], i: number): string {
  return i > 0 ? toks[i - 1].text : '';
}

// ---- English ----

/** A company noun in apposition after a name: ", a start-up from Sheffield", ", the Danish firm". */
const ORG_APPOSITION = /^,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:company|start-up|startup|firm|maker|developer|group|supplier|provider|manufacturer|lab|business|chain|operator|retailer|publisher|broadcaster|insurer|bank|fund)\b/iu;

function classifyEn(sentence: string, toks: Tok[], run: Run, known: KnownNames): Entity[] {
  let [a, b] = run;
  // Leading function words and titles are not part of the name; a title makes it a person.
  let titled = false;
  while (a <= b && (EN_NOT_NAMES.has(toks[a].text) || EN_PERSON_TITLES.has(toks[a].text.replace(/\.$/, '')))) {
    if (EN_PERSON_TITLES.has(toks[a].text.replace(/\.$/, ''))) titled = true;
    a++;
  }
  while (a <= b && (EN_MONTHS_AND_DAYS.has(toks[b].text) || NOT_NAMES_ACRONYMS.has(toks[b].text))) b--;
  while (a <= b && NOT_NAMES_ACRONYMS.has(toks[a].text)) a++;
  while (a <= b && EN_MONTHS_AND_DAYS.has(toks[a].text)) a++;
  if (a > b) return [];
  const words = toks.slice(a, b + 1).map((t) => t.text);
  if (words.some(hasDigit) && !words.some((w) => EN_ORG_WORDS.has(w))) return [];
  // A sentence's first word that the story also writes in lower case is an ordinary word ("Crews confirmed…"); so is
  // a company suffix alone ("Software compares…").
  if (a === 0 && words.length === 1 && (known.lowercase?.has(words[0].toLowerCase()) || EN_ORG_WORDS.has(words[0]))) return [];
  const text = sentence.slice(toks[a].start, toks[b].end);
  const before = wordBefore(toks, a).toLowerCase();
  const after = sentence.slice(toks[b].end, toks[b].end + 40);

  const place = placeInside(toks, [a, b], EN_PLACES, sentence);
  if (place && place[0] === a && place[1] === b) return [entity('place', sentence, toks, a, b)];
  // "the Brisbane-based insurer": what a company is based in is a place.
  if (/^-(?:based|headquartered)\b/.test(sentence.slice(toks[b].end)) && !words.some((w) => EN_ORG_WORDS.has(w))) return [entity('place', sentence, toks, a, b)];
  // "the town of Kuusijärvi"; "the utility, Kuusijärven Energia": what the name was just called says what it is.
  const called = /(?:^|\s)(?:the )?(\p{L}+)(?: of|,)\s*(?:the\s+)?$/u.exec(sentence.slice(Math.max(0, toks[a].start - 30), toks[a].start))?.[1]?.toLowerCase() ?? '';
  if (EN_PLACE_NOUNS.has(called) && /of\s*$/.test(sentence.slice(0, toks[a].start))) return [entity('place', sentence, toks, a, b)];
  if (EN_ORG_NOUNS.has(called)) return [entity('organisation', sentence, toks, a, b)];
  if (words.some((w) => EN_ORG_WORDS.has(w)) || KNOWN_ORGS.has(words[0]) || KNOWN_ORGS.has(text)) {
    // "Nvidia CEO Jensen Huang": an organisation, then a role, then a person, written as one capitalised run.
    const role = words.findIndex((w, k) => k > 0 && EN_PERSON_TITLES.has(w));
    if (role > 0 && role < words.length - 1 && !EN_ORG_WORDS.has(words[words.length - 1])) {
      return [entity('organisation', sentence, toks, a, a + role - 1), entity('person', sentence, toks, a + role + 1, b)];
    }
    return [entity('organisation', sentence, toks, a, b)];
  }
  if (words.length === 1 && isBrandShaped(words[0])) return [entity('organisation', sentence, toks, a, b)];
  // "a Christchurch company", "a Lyon start-up": a name between "a" and an organisation noun says where it is from.
  if (words.length <= 2 && (before === 'a' || before === 'an') && ORG_NOUN_AFTER.test(after) && !KNOWN_ORGS.has(words[0]) && !known.orgs.has(words[0]) && !words.some((w) => DEMONYMS.has(w))) {
    return [entity('place', sentence, toks, a, b)];
  }
  // "The Dutch start-up Aqualume": a people's adjective before an organisation noun says where it is from.
  if (words.length === 1 && NATIONALITIES.has(words[0]) && ORG_NOUN_AFTER.test(after)) return [entity('place', sentence, toks, a, b)];
  if (words.every((w) => DEMONYMS.has(w))) return [];
  // "Finnish Nature League": a people's adjective opens an institution's name, not a person's.
  if (DEMONYMS.has(words[0])) return [entity('organisation', sentence, toks, a, b)];
  if (place) return [entity('place', sentence, toks, place[0], place[1])];
  const roleBefore = titled || EN_PERSON_ROLES.has(before) || EN_PERSON_TITLES.has(wordBefore(toks, a));
  const roleAfter = /^,? (?:an? |the |its |their )?(?:[a-z-]+ )?(?:ceo|chief|founder|co-founder|president|head|director|professor|analyst|researcher|minister|chair|chairman|executive|spokesperson|spokesman|spokeswoman|economist|scientist|partner|secretary|senator|governor)\b/i.test(after);
  const speaks = EN_SPEECH.has(/^ (\p{L}+)/u.exec(after)?.[1] ?? '');
  if (roleBefore || roleAfter) return [entity('person', sentence, toks, a, b)];
  // "Tallowby Acoustics, a start-up from Sheffield": what a name is then called says it is a company.
  if (ORG_APPOSITION.test(after)) return [entity('organisation', sentence, toks, a, b)];
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w))) return [entity('person', sentence, toks, a, b)];
  if (words.length === 1 && known.people.has(words[0])) return [entity('person', sentence, toks, a, b)];
  if (known.orgs.has(words[0])) return [entity('organisation', sentence, toks, a, b)];
  if (EN_PLACE_PREPOSITIONS.has(before) && !speaks) return [entity('place', sentence, toks, a, b)];
  // A lone capitalised word that opens the sentence is usually an ordinary word ("Construction is under way").
  if (a === 0 && words.length === 1 && !speaks) return [];
  return [entity('organisation', sentence, toks, a, b)];
}

// ---- Vietnamese ----

const VI_TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${VI_PERSON_TITLES})\\s*$`, 'u');
const VI_ORG_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${VI_ORG_HEADS})\\s*$`, 'u');
const VI_PLACE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${VI_PLACE_HEADS})\\s*$`, 'u');
/** Capitalised heads that open an organisation's name and belong to it ("Bộ Khoa học và Công nghệ", "Đại học Bách khoa"). */
const VI_NAMED_HEADS = new Set(['Hãng', 'Bệnh', 'Bộ', 'Viện', 'Trường', 'Đại', 'Học', 'Ủy', 'Cục', 'Sở', 'Tổng', 'Ngân', 'Tập', 'Công', 'Quỹ', 'Hiệp', 'Trung', 'Quốc', 'Tòa', 'Liên', 'Văn']);
const VI_HEAD_WORDS = /^(?:Hãng|Bệnh viện|Bộ|Viện|Trường|Đại học|Học viện|Ủy ban|Cục|Sở|Tổng cục|Ngân hàng|Tập đoàn|Công ty|Quỹ|Hiệp hội|Trung tâm|Quốc hội|Tòa án|Liên minh|Văn phòng)(?= |$)/u;

/**
 * The last token of an organisation name that opens on a head noun. Vietnamese capitalises the first syllable of each
 * word of such a name ("Bộ Khoa học và Công nghệ", "Công ty An ninh mạng Sao Bắc") but every syllable of a proper
 * name ("Ngân hàng Đông Hải"): lower-case syllables belong to the name when a capitalised one follows within two,
 * or (one of them) after a capitalised syllable that itself follows a lower-case one or the head.
 */
/** Lower-case words that never stand inside an organisation's name: what follows them is another thing. */
const VI_NAME_BREAKS = new Set(['tại', 'ở', 'từ', 'của', 'do', 'cho', 'với', 'trong', 'thuộc', 'bởi', 'khi', 'để', 'đã', 'sẽ', 'là', 'đang', 'vừa', 'cùng', 'theo']);

function extendOrgName(toks: Tok[], sentence: string, a: number, headEnd: number): number {
  const joined = (i: number) => i + 1 < toks.length && sentence.slice(toks[i].end, toks[i + 1].start) === ' ';
  let j = headEnd;
  while (joined(j)) {
    if (isCapitalised(toks[j + 1].text)) {
      j++;
      continue;
    }
    let run = 0;
    // "… Bến Nghé tại TP.HCM": a preposition ends the name, whatever capitalised word follows it.
    while (run < 3 && joined(j + run) && !isCapitalised(toks[j + 1 + run].text) && !VI_NAME_BREAKS.has(toks[j + 1 + run].text)) run++;
    if (run <= 2 && joined(j + run) && isCapitalised(toks[j + 1 + run].text)) {
      j += run;
      continue;
    }
    // "Sở Xây dựng thành phố": a word's second syllable, after a capitalised first one that opens the word.
    const opensWord = j > a && (j - 1 <= headEnd || !isCapitalised(toks[j - 1].text));
    if (j > headEnd && isCapitalised(toks[j].text) && opensWord) j++;
    break;
  }
  return j;
}

/** Academic and professional titles written before a Vietnamese name, capitalised like it ("PGS.TS", "BS.CKII", "ThS"). */
const VI_DEGREE = /^(?:GS|PGS|TS|ThS|BS|KS|CN|NCS|LS)(?:\.(?:TS|BS|CKI{1,2}|ThS|KTS))*\.?$/u;

function classifyVi(sentence: string, toks: Tok[], run: Run, known: KnownNames, orgContext = false): Entity[] {
  let [a, b] = run;
  // "PGS.TS Trịnh Văn Lực": the title is no part of the name, and makes it a person's.
  if (a < b && VI_DEGREE.test(toks[a].text)) return [entity('person', sentence, toks, a + 1, b)];
  const head = VI_HEAD_WORDS.exec(sentence.slice(toks[a].start));
  if (head && VI_NAMED_HEADS.has(toks[a].text)) {
    const headEnd = a + head[0].split(' ').length - 1;
    const end = extendOrgName(toks, sentence, a, headEnd);
    if (end > headEnd) return [entity('organisation', sentence, toks, a, end)];
  }
  const place = placeInside(toks, [a, b], VI_PLACES, sentence);
  if (place && place[0] === a && place[1] === b) return [entity('place', sentence, toks, a, b)];
  // "Bà Mai Anh", "Vũ Thị Lan Anh": a title or a family name opens a person's name, whatever a syllable of it also
  // names (Anh, England).
  if (VI_TITLE_BEFORE.test(sentence.slice(0, toks[a].start)) && b - a <= 3 && !KNOWN_ORGS.has(toks[a].text) && !known.orgs.has(toks[a].text)) {
    return [entity('person', sentence, toks, a, b)];
  }
  if (VI_FAMILY_NAMES.has(toks[a].text) && b - a >= 1 && b - a <= 3 && (!place || place[0] === place[1])) return [entity('person', sentence, toks, a, b)];
  // "startup Trung Quốc DeepSeek", "doanh nghiệp Hàn Quốc Hanbit Mobility": a place and a name as one capitalised run.
  if (place) {
    const out: Entity[] = [];
    const headed = orgContext || VI_ORG_BEFORE.test(sentence.slice(0, toks[a].start));
    if (place[0] > a) out.push(...classifyVi(sentence, toks, [a, place[0] - 1], known, orgContext));
    out.push(entity('place', sentence, toks, place[0], place[1]));
    if (place[1] < b) out.push(...classifyVi(sentence, toks, [place[1] + 1, b], known, headed));
    return out;
  }
  const titledInRun = () => VI_TITLE_BEFORE.test(`${sentence.slice(toks[run[0]].start, toks[a].start)}`);
  while (a <= b && (VI_NOT_NAMES.has(toks[a].text) || NOT_NAMES_ACRONYMS.has(toks[a].text))) a++;
  while (a <= b && NOT_NAMES_ACRONYMS.has(toks[b].text)) b--;
  if (a > b) return [];
  const words = toks.slice(a, b + 1).map((t) => t.text);
  if (words.every(hasDigit)) return [];
  const before = sentence.slice(0, toks[a].start);
  if (words.length === 1 && known.people.has(words[0])) return [entity('person', sentence, toks, a, b)];
  // "CEO OpenAI Sam Altman": a known organisation, then a person's name, as one capitalised run.
  if (words.length >= 3 && words.length <= 5 && KNOWN_ORGS.has(words[0]) && words.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !EN_ORG_WORDS.has(w))) {
    return [entity('organisation', sentence, toks, a, a), entity('person', sentence, toks, a + 1, b)];
  }
  if (orgContext || KNOWN_ORGS.has(words[0]) || known.orgs.has(words[0]) || VI_ORG_BEFORE.test(before) || words.some((w) => EN_ORG_WORDS.has(w))) {
    return [entity('organisation', sentence, toks, a, b)];
  }
  if (VI_TITLE_BEFORE.test(before) || titledInRun() || VI_FAMILY_NAMES.has(words[0])) return words.length >= 1 ? [entity('person', sentence, toks, a, b)] : [];
  if (VI_PLACE_BEFORE.test(before)) return [entity('place', sentence, toks, a, b)];
  if (words.every(isLatinOnly)) {
    // A sentence opens capitalised: "Camera tại nút giao…" is a common noun, "Nvidia gọi…" a known name.
    if (a === 0 && words.length === 1 && !isBrandShaped(words[0])) return [];
    if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w))) return [entity('person', sentence, toks, a, b)];
    return [entity('organisation', sentence, toks, a, b)];
  }
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) return [entity('person', sentence, toks, a, b)];
  return [];
}

/**
 * Organisations Vietnamese names by kind rather than by name: "các công ty giống", "những doanh nghiệp thu mua lúa".
 * They answer "cho ai?" and "công ty nào?" when the story names none.
 */
const VI_GENERIC_ORGS = /(?<![\p{L}\p{N}])(?:các|những) (?:công ty|doanh nghiệp|hãng|ngân hàng|tổ chức|quỹ|nhà đầu tư|đơn vị|cơ quan|nhà sản xuất|nhà cung cấp|đối tác|tập đoàn|startup|trường|bệnh viện)(?: (?!và |hoặc |của |với |cho |tại |ở |để )[\p{Ll}\p{M}]+){0,3}/gu;

function genericOrgs(sentence: string): Entity[] {
  return [...sentence.matchAll(VI_GENERIC_ORGS)].map((m) => ({ kind: 'organisation' as const, text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** "the suburbs of Bellville and Mitchells Plain": a name joined by "and" or "or" to a place is a place too. */
function joinedToPlace(found: Entity[], previous: Entity | undefined, sentence: string): Entity[] {
  if (previous?.kind !== 'place' || found.length !== 1 || found[0].kind !== 'person') return found;
  if (!/^,?\s+(?:and|or)\s+$/.test(sentence.slice(previous.end, found[0].start))) return found;
  return [{ ...found[0], kind: 'place' }];
}

/**
 * People, organisations and places named in a sentence. `known` holds single words of names the story gives
 * elsewhere, so that "Altman said" names a person and "shares in Veltrix" a company.
 */
export function findNames(sentence: string, lang: string, known: KnownNames = NO_NAMES): Entity[] {
  const toks = tokens(sentence);
  const vi = lang === 'vi';
  const runs = capitalRuns(toks, sentence, vi ? new Set(['de', 'of', 'van', 'von']) : EN_CONNECTORS);
  const named: Entity[] = [];
  for (const run of runs) {
    // An organisation's name may reach past its capitalised run ("Bộ Khoa học và Công nghệ"): the runs it took are done.
    if (named.length > 0 && toks[run[0]].start < named[named.length - 1].end) continue;
    const found = vi ? classifyVi(sentence, toks, run, known) : classifyEn(sentence, toks, run, known);
    named.push(...(vi ? found : joinedToPlace(found, named[named.length - 1], sentence)));
  }
  return vi ? [...named, ...genericOrgs(sentence).filter((g) => !named.some((n) => n.start < g.end && g.start < n.end))] : named;
}

/** The words of a name that tell it apart ("Veltrix" of "Veltrix Semiconductor", "Sạch" of "Công ty … Biển Sạch"), folded. */
export function distinctiveWords(e: Entity): string[] {
  return e.text
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}\p{M}\p{N}-]/gu, ''))
    .filter((w) => isCapitalised(w) && w.length > 1 && !EN_ORG_WORDS.has(w) && !VI_NOT_NAMES.has(w) && !EN_NOT_NAMES.has(w) && !VI_NAMED_HEADS.has(w))
    .map((w) => foldText(w));
}

/**
 * Single words of the names a story gives, for reading later mentions by one of them: every word of a person's
 * full name ("Sam Altman" → Sam, Altman), the first word of an organisation's ("Veltrix Semiconductor" → Veltrix).
 */
export function knownNames(entities: readonly Entity[]): KnownNames {
  const people = new Set<string>();
  const orgs = new Set<string>();
  const namedAsOrgs = new Set<string>();
  for (const e of entities) {
    const words = e.text.split(' ').filter((w) => isCapitalised(w) && w.length > 1);
    if (e.kind === 'person' && words.length > 1) for (const w of words) people.add(w);
    // "Công ty khởi nghiệp Biển Sạch" → Biển: the first word that is the name, not the head noun.
    const name = words.find((w) => !EN_ORG_WORDS.has(w) && !VI_NOT_NAMES.has(w) && !EN_NOT_NAMES.has(w));
    if (e.kind === 'organisation' && name) {
      orgs.add(name);
      // "Công ty khởi nghiệp Pháp Lý Số Thiên Bình" is "Thiên Bình" afterwards: a long Vietnamese name ends on its brand.
      const named = words.filter((w) => !EN_ORG_WORDS.has(w) && !VI_NOT_NAMES.has(w) && !VI_NAMED_HEADS.has(w));
      const vietnamese = /\p{M}|[đĐ]/u.test(e.text.normalize('NFD'));
      if (named.length >= 4 && vietnamese) {
        orgs.add(named[named.length - 2]);
        namedAsOrgs.add(named[named.length - 2]);
      }
      // A head noun or a suffix says "organisation" more surely than a name's shape says "person".
      if (name !== words[0] || words.some((w) => EN_ORG_WORDS.has(w))) namedAsOrgs.add(name);
    }
  }
  for (const p of people) if (!namedAsOrgs.has(p)) orgs.delete(p);
  for (const o of namedAsOrgs) people.delete(o);
  return { people, orgs };
}
