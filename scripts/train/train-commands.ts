// `npm run train:commands`: trains the command model (what an utterance asks for; its topic and outlet) on MASSIVE 1.1
// train (../shared, read at run time) and the project's written tuned sets, chooses how far to trust it against the
// grammar on the dev data only (MASSIVE dev and a fifth of the written sets), and writes the int8 weights and that
// policy to src/domain/command/model/weights.ts. MASSIVE's test partition is never read here.
// Options: --kind=embedding|linear --dims=N --buckets=N --slot-buckets=N --epochs=N --rate=X --l2=X --swaps=N --fine=false
// --max-acted=X --written-weight=X --news-weight=X --english-model=true, and --write (without it, it only reports).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldedWords, grammarView, runOf, type GrammarView } from '../../src/domain/command/grammar-view';
import { SLOT_TAGS, tagFeatures, utteranceFeatures, wordFeatures, type SlotTag } from '../../src/domain/command/model/features';
import { scoresOf, softmax } from '../../src/domain/command/model/linear';
import { INTENTS, type ParseContext } from '../../src/domain/command/types';
import { decide, saidOf, withSlots, type CommandModel, type Policy, type Scorer } from '../../src/domain/command/understand';
import { embeddingScores } from '../../src/domain/command/model/embedding';
import { trainEmbedding } from './embedding-trainer';
import { matchKey } from '../../src/domain/text/normalize';
import type { Lang } from '../../src/domain/types';
import { grammarExamples, massiveExamples, swappedNews, writtenExamples, type Example } from './data';
import { quantize, trainLinear, type Sample } from './linear-trainer';

const args = new Map(process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0], a.split('=')[1] ?? 'true']));
const num = (name: string, fallback: number) => Number(args.get(name) ?? fallback);
// Defaults: the settings chosen on dev (see the README's "Understanding, measured").
const OPTIONS = {
  kind: args.get('kind') ?? 'embedding',
  dims: num('dims', 16),
  buckets: num('buckets', 8192),
  slotBuckets: num('slot-buckets', 4096),
  epochs: num('epochs', 10),
  rate: num('rate', 0.2),
  l2: num('l2', 1e-4),
  swaps: num('swaps', 3),
  fine: args.get('fine') !== 'false',
  maxActed: num('max-acted', 0.013),
  /**
   * Whether English decisions may follow the model. Off: the English grammar was developed on SLURP, whose utterances
   * are MASSIVE's English text (dev and test alike), so no English data here can show fairly that overruling it helps;
   * on dev the model added 1.2 points of recall, and it cost SLURP's floors. English keeps the grammar's decisions; the
   * model still answers another assistant's requests kindly there.
   */
  englishModel: args.get('english-model') === 'true',
};
const TODAY = '2026-11-28';
const t0 = performance.now();
const ctxOf = (e: Example): ParseContext => ({ lang: e.lang, today: TODAY });

const base = [...massiveExamples(), ...writtenExamples(), ...grammarExamples()];
const examples = [...base, ...swappedNews(base, OPTIONS.swaps)];
const views = new Map<Example, GrammarView>(examples.map((e) => [e, grammarView(e.text, ctxOf(e))]));
const train = examples.filter((e) => e.split === 'train');
const dev = examples.filter((e) => e.split === 'dev');
console.log(`examples: ${train.length} train, ${dev.length} dev (${((performance.now() - t0) / 1000).toFixed(1)} s to read and parse)`);

// ---- what the utterance asks for ----
/** Our intents, and with --fine each kind of other assistant's request MASSIVE names ("x:weather_query") instead of "none". */
const FINE = OPTIONS.fine;
const labelOf = (e: Example) => (FINE && e.label === 'none' && e.fine ? `x:${e.fine}` : e.label);
const LABELS = [...new Set([...INTENTS, ...(FINE ? train.map(labelOf) : [])])].sort((a, b) => Number(a.startsWith('x:')) - Number(b.startsWith('x:')));
const counts = new Map<string, number>();
for (const e of train) counts.set(labelOf(e), (counts.get(labelOf(e)) ?? 0) + 1);
/** Rare labels weigh more (the square root of how much rarer than the commonest they are), so "other" does not drown the rest. */
const most = Math.max(...counts.values());
const classWeight = (label: string) => Math.sqrt(most / (counts.get(label) ?? most)) * (label === 'brief' ? num('news-weight', 1) : 1);
/** The project's written rows speak to this app; MASSIVE's to assistants in general: they weigh more. */
const sourceWeight = (e: Example) => (e.source.endsWith('.tsv') ? num('written-weight', 1) : 1);
const intentSamples: Sample[] = train.map((e) => ({ features: utteranceFeatures(views.get(e)!, ctxOf(e)), label: LABELS.indexOf(labelOf(e)), weight: classWeight(labelOf(e)) * sourceWeight(e) }));
function trainIntents(): { scorer: Scorer; gzipBytes: number; serialised: unknown } {
  if (OPTIONS.kind === 'embedding') {
    const t = trainEmbedding(intentSamples, { labels: LABELS, ...OPTIONS, seed: 1 });
    return { scorer: { labels: LABELS, scores: (f) => embeddingScores(t.model, f) }, gzipBytes: t.gzipBytes, serialised: t.serialised };
  }
  const t = quantize(LABELS, OPTIONS.buckets, trainLinear(intentSamples, { labels: LABELS, ...OPTIONS, seed: 1 }));
  return { scorer: { labels: LABELS, scores: (f) => scoresOf(t.model, f) }, gzipBytes: t.gzipBytes, serialised: t.serialised };
}
const intents = trainIntents();

// ---- topics and outlets ----
/** Tags from labelled spans, found as runs of words in the utterance; null when a span is not found. */
function tagsOf(e: Example, v: GrammarView): SlotTag[] | null {
  const tags: SlotTag[] = v.folded.map(() => 'O');
  for (const slot of e.slots ?? []) {
    const want = foldedWords(slot.words);
    if (want.length === 0) continue;
    const run = runOf(v, want, (i) => tags[i] === 'O');
    if (!run) return null;
    want.forEach((_, k) => (tags[run[0] + k] = `${k === 0 ? 'B' : 'I'}-${slot.kind}` as SlotTag));
  }
  return tags;
}
const slotSamples: Sample[] = [];
let unaligned = 0;
for (const e of train.filter((x) => x.label === 'brief' && x.slots)) {
  const v = views.get(e)!;
  const tags = tagsOf(e, v);
  if (!tags) {
    unaligned++;
    continue;
  }
  tags.forEach((tag, i) =>
    slotSamples.push({ features: [...wordFeatures(v, i, ctxOf(e)), ...tagFeatures(i === 0 ? 'O' : tags[i - 1], v.folded[i])], label: SLOT_TAGS.indexOf(tag), weight: 1 }),
  );
}
const slots = quantize(SLOT_TAGS, OPTIONS.slotBuckets, trainLinear(slotSamples, { labels: SLOT_TAGS, ...OPTIONS, buckets: OPTIONS.slotBuckets, seed: 2 }));
console.log(`slot words: ${slotSamples.length} (${unaligned} labelled requests whose spans are not in their words left out)`);

// ---- choosing the policy on dev ----
const probsOf = (m: Scorer, e: Example) => softmax(m.scores(utteranceFeatures(views.get(e)!, ctxOf(e))));
const devProbs = new Map(dev.map((e) => [e, probsOf(intents.scorer, e)]));
/** A news_topic on a MASSIVE dev row (the eval's measure, on dev). */
const devTopic = new Map<Example, string>();
for (const e of dev) if (e.source.startsWith('massive') && e.label === 'brief') for (const s of e.slots ?? []) if (s.kind === 'T') devTopic.set(e, s.words);
const topicFound = (got: string | null, want: string) => {
  const [a, b] = [matchKey(got ?? ''), matchKey(want)];
  return a.length > 0 && (a.includes(b) || b.includes(a));
};

interface Score {
  recall: number;
  acted: number;
  written: number;
}
/** A policy's figures on one language's dev rows: MASSIVE news recall, other assistants' requests acted on, written intent. */
function score(policy: Policy, lang: Lang): Score {
  let [news, newsHit, other, otherActed, written, writtenHit] = [0, 0, 0, 0, 0, 0];
  for (const e of dev) {
    if (e.lang !== lang) continue;
    const v = views.get(e)!;
    const d = decide(saidOf(v), devProbs.get(e)!, LABELS, policy);
    const intent = d.take === 'grammar' ? v.command.intent : d.take === 'briefing' ? 'brief' : d.take === 'command' ? d.intent : 'none';
    if (!e.source.startsWith('massive')) {
      written++;
      if (intent === e.label) writtenHit++;
    } else if (e.label === 'brief') {
      news++;
      if (intent === 'brief') newsHit++;
    } else {
      other++;
      if (intent !== 'none') otherActed++;
    }
  }
  return { recall: newsHit / news, acted: otherActed / other, written: writtenHit / written };
}

const BASE: Policy = { vetoCommand: 1.01, vetoBrief: 1.01, vetoStrongBrief: 1.01, vetoCommandWords: 3, rescueBrief: 1.01, rescueCommand: 1.01, notOursWords: 3, topicFrom: 'grammar' };
const fmt = (s: Score) => `news recall ${(100 * s.recall).toFixed(1)}% · other acted on ${(100 * s.acted).toFixed(2)}% · written dev intent ${(100 * s.written).toFixed(1)}%`;

const GRID = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01];
/** At most this share of other assistants' requests acted on, on dev (the target on test is 1.5%). */
const MAX_ACTED = OPTIONS.maxActed;
const POLICIES: Policy[] = [];
for (const vetoBrief of GRID)
  for (const vetoStrongBrief of [...new Set([vetoBrief, 0.9, 0.95, 0.98, 1.01])].filter((x) => x >= vetoBrief))
    for (const rescueBrief of [0.2, 0.3, 0.4, 0.5, 0.7, 0.9, 1.01])
      for (const vetoCommand of [0.5, 0.7, 0.9, 0.98, 1.01])
        for (const vetoCommandWords of [2, 3, 4, 5])
          for (const rescueCommand of [0.5, 0.7, 0.9, 1.01]) POLICIES.push({ ...BASE, vetoBrief, vetoStrongBrief, rescueBrief, vetoCommand, vetoCommandWords, rescueCommand });

/**
 * Per language: never fewer news requests understood than the grammar alone, nor fewer written rows right (half a
 * point of slack); among those, the best recall with at most MAX_ACTED of other assistants' requests acted on, or, when
 * none gets there, the fewest acted on.
 */
function choose(lang: Lang): { policy: Policy; s: Score; grammar: Score } {
  const grammar = score(BASE, lang);
  const scored = POLICIES.map((policy) => ({ policy, s: score(policy, lang) })).filter(({ s }) => s.recall >= grammar.recall - 1e-9 && s.written >= grammar.written - 0.005);
  const under = scored.filter(({ s }) => s.acted <= MAX_ACTED);
  const pool = under.length > 0 ? under : scored;
  const better = under.length > 0 ? (a: Score, b: Score) => a.recall - b.recall || b.acted - a.acted || a.written - b.written : (a: Score, b: Score) => b.acted - a.acted || a.recall - b.recall || a.written - b.written;
  const best = pool.reduce((x, y) => (better(y.s, x.s) > 0 ? y : x), { policy: BASE, s: grammar });
  return { ...best, grammar };
}
const chosen = { en: OPTIONS.englishModel ? choose('en') : { policy: BASE, s: score(BASE, 'en'), grammar: score(BASE, 'en') }, vi: choose('vi') };
for (const lang of ['en', 'vi'] as const) console.log(`dev ${lang}: grammar alone ${fmt(chosen[lang].grammar)}; with the model ${fmt(chosen[lang].s)}`);
const best = { policy: { en: chosen.en.policy, vi: chosen.vi.policy } };

// Whose topic wins, by the topics found on MASSIVE dev's news rows.
const modelOf = (policy: Record<Lang, Policy>): CommandModel => ({ intents: intents.scorer, slots: slots.model, policy });
function topicScore(policy: Record<Lang, Policy>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of ['en', 'vi']) {
    const rows = [...devTopic].filter(([e]) => e.lang === lang);
    const hits = rows.filter(([e, want]) => topicFound(withSlots(views.get(e)!.command, views.get(e)!, modelOf(policy), ctxOf(e)).topic, want)).length;
    out[lang] = `${((100 * hits) / rows.length).toFixed(1)}% (${hits}/${rows.length})`;
  }
  return out;
}
const withTopics = (from: Policy['topicFrom']) => ({ en: { ...best.policy.en, topicFrom: from }, vi: { ...best.policy.vi, topicFrom: from } });
const byGrammar = topicScore(withTopics('grammar'));
const byModel = topicScore(withTopics('model'));
const pct = (s: string) => Number(s.split('%')[0]);
for (const lang of ['en', 'vi'] as const) best.policy[lang].topicFrom = pct(byModel[lang]) > pct(byGrammar[lang]) ? 'model' : 'grammar';
console.log(`dev topic found (news_topic rows, grammar's request): grammar first ${JSON.stringify(byGrammar)} · model first ${JSON.stringify(byModel)}`);
console.log(`policy: ${JSON.stringify(best.policy)}`);
console.log(`weights: intents ${(intents.gzipBytes / 1024).toFixed(1)} KB gzipped, slots ${(slots.gzipBytes / 1024).toFixed(1)} KB gzipped; ${((performance.now() - t0) / 1000).toFixed(1)} s`);

if (args.has('write')) {
  if (OPTIONS.kind !== 'embedding') throw new Error('the device loads the embedding model: write with --kind=embedding');
  const out = join(import.meta.dirname, '..', '..', 'src', 'domain', 'command', 'model', 'weights.ts');
  const options = { ...OPTIONS, l2: undefined };
  writeFileSync(
    out,
    `// Generated by scripts/train/train-commands.ts (npm run train:commands -- --write); do not edit by hand.\n` +
      `// Trained on MASSIVE 1.1 (FitzGerald et al. 2022, CC BY 4.0; its train partition, settings chosen on its dev partition) and\n` +
      `// Earshot's own written sets. Options: ${JSON.stringify(options)}.\n// Dev en: ${fmt(chosen.en.s)}; vi: ${fmt(chosen.vi.s)}.\n` +
      `import type { Lang } from '../../types';\nimport type { SerialisedEmbedding } from './embedding';\nimport type { SerialisedModel } from './linear';\nimport type { Policy } from '../understand';\n\n` +
      `export const INTENT_MODEL: SerialisedEmbedding = ${JSON.stringify(intents.serialised)};\n\n` +
      `export const SLOT_MODEL: SerialisedModel = ${JSON.stringify(slots.serialised)};\n\n` +
      `export const POLICY: Record<Lang, Policy> = ${JSON.stringify(best.policy)};\n`,
  );
  console.log(`wrote ${out}`);
}

