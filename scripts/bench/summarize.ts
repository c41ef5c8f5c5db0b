// Summarizing 1,000 news articles of ~800 words (English and Vietnamese mixed) to the default 25-second budget:
// Earshot's summarizer side by side with the lead-N baseline on the same texts, for time and for what they keep.
import { readFileSync } from 'node:fs';
import { countWords } from '../../src/domain/briefing/pace';
import { leadSummary, summarize, type Summary } from '../../src/domain/briefing/summarize';
import { wordsOf } from '../../src/domain/text/words';
import { printTable, quantile } from './table';

/** Issue 5 target: at least 500 articles per second. */
const TARGET_PER_SECOND = 500;
const ARTICLES = 1000;
const TARGET_WORDS = 800;
const ROUNDS = 3;
const KEY_TERMS = 20;

interface Article {
  id: string;
  lang: 'en' | 'vi';
  text: string;
}

const fixtures = JSON.parse(readFileSync(new URL('../../tests/fixtures/briefing/articles.json', import.meta.url), 'utf8')) as Article[];

/**
 * 1,000 distinct articles of about 800 words: each fixture article keeps its lead paragraph, its body paragraphs
 * are rotated, and paragraphs of another article in the same language are appended until it reaches 800 words.
 */
export function benchArticles(count = ARTICLES): Article[] {
  const byLang = { en: fixtures.filter((a) => a.lang === 'en'), vi: fixtures.filter((a) => a.lang === 'vi') };
  return Array.from({ length: count }, (_, k) => {
    const base = fixtures[k % fixtures.length];
    const [lead, ...body] = base.text.split('\n\n');
    const turn = Math.floor(k / fixtures.length) % Math.max(1, body.length);
    const paragraphs = [lead, ...body.slice(turn), ...body.slice(0, turn)];
    const pool = byLang[base.lang].filter((a) => a.id !== base.id);
    const donor = pool[(k * 7 + 3) % pool.length].text.split('\n\n').slice(1);
    for (let i = 0; countWords(paragraphs.join(' '), base.lang) < TARGET_WORDS && i < donor.length; i++) paragraphs.push(donor[i]);
    return { id: `${base.id}#${k}`, lang: base.lang, text: paragraphs.join('\n\n') };
  });
}

type Summarizer = (text: string, options: { lang: string }) => Summary;

/** Times one pass over all articles; returns per-article milliseconds and the summaries. */
function run(summarizer: Summarizer, articles: Article[]): { times: number[]; summaries: Summary[] } {
  const times: number[] = [];
  const summaries: Summary[] = [];
  for (const a of articles) {
    const t0 = process.hrtime.bigint();
    summaries.push(summarizer(a.text, { lang: a.lang }));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { times, summaries };
}

const lowerWords = (text: string, lang: string) => wordsOf(text.toLocaleLowerCase(lang), lang).filter((w) => w.length > 1);

/** Each article's most distinctive words (TF-IDF over the whole set): what a good summary should mention. */
function keyTerms(articles: Article[]): Set<string>[] {
  const tfs = articles.map((a) => {
    const tf = new Map<string, number>();
    for (const w of lowerWords(a.text, a.lang)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  return tfs.map((tf) => {
    const scored = [...tf].map(([w, n]) => [w, n * Math.log(articles.length / (df.get(w) ?? 1))] as const);
    return new Set(scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, KEY_TERMS).map(([w]) => w));
  });
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function benchSummarize(): boolean {
  const articles = benchArticles();
  const words = articles.map((a) => countWords(a.text, a.lang));
  const methods: [string, Summarizer][] = [
    ['Earshot: lead + centrality + length, MMR', summarize],
    ['lead-N baseline (first sentences that fit)', leadSummary],
  ];
  for (const [, f] of methods) run(f, articles.slice(0, 100)); // warm-up
  const results = methods.map(([name, f]) => {
    const rounds = Array.from({ length: ROUNDS }, () => run(f, articles));
    const perSecond = rounds.map((r) => (1000 * articles.length) / r.times.reduce((s, t) => s + t, 0)).sort((a, b) => a - b);
    const times = rounds.flatMap((r) => r.times).sort((a, b) => a - b);
    return { name, perSecond: quantile(perSecond, 0.5), median: quantile(times, 0.5), p95: quantile(times, 0.95), summaries: rounds[0].summaries };
  });
  const keys = keyTerms(articles);
  const covered = (s: Summary, i: number) => {
    const said = new Set(lowerWords(s.sentences.join(' '), articles[i].lang));
    return [...keys[i]].filter((k) => said.has(k)).length / keys[i].size;
  };
  const [ours, lead] = results;
  const shared = (a: Summary, b: Summary) => a.sentences.filter((s) => b.sentences.includes(s)).length / Math.max(1, a.sentences.length);
  const withinBudget = (s: Summary) => Math.abs(s.words - s.budget) <= 0.1 * s.budget;
  const rows = results.map((r, m) => {
    const other = results[1 - m];
    return [
      r.name,
      Math.round(r.perSecond),
      r.median.toFixed(3),
      r.p95.toFixed(3),
      `${(r.median / lead.median).toFixed(2)}×`,
      `${mean(r.summaries.map((s) => s.words)).toFixed(1)} / ${mean(r.summaries.map((s) => s.budget)).toFixed(1)}`,
      `${((100 * r.summaries.filter(withinBudget).length) / r.summaries.length).toFixed(1)}%`,
      `${(100 * mean(r.summaries.map(covered))).toFixed(1)}%`,
      `${(100 * mean(r.summaries.map((s, i) => shared(s, other.summaries[i])))).toFixed(1)}%`,
      m === 0 ? (r.perSecond >= TARGET_PER_SECOND ? 'yes' : 'NO') : '-',
    ];
  });
  const langs = `${articles.filter((a) => a.lang === 'en').length} English + ${articles.filter((a) => a.lang === 'vi').length} Vietnamese`;
  printTable(
    `Summarize ${articles.length} articles (${langs}; ${Math.min(...words)}-${Math.max(...words)} words, mean ${mean(words).toFixed(0)}) to 25 s, ${ROUNDS} rounds; target ≥ ${TARGET_PER_SECOND} articles/s`,
    ['method', 'articles/s', 'median ms', 'p95 ms', 'time vs lead-N', 'words / budget', 'within ±10%', `top-${KEY_TERMS} terms kept`, 'sentences shared', 'ok'],
    rows,
  );
  console.log(`\n  top-${KEY_TERMS} terms kept: share of each article's ${KEY_TERMS} most distinctive words (TF-IDF over the set) that the summary says.`);
  console.log('  sentences shared: share of the row\'s summary sentences that the other method also chose.');
  return ours.perSecond >= TARGET_PER_SECOND;
}
