import { describe, expect, it } from 'vitest';
import { choosePhrase, DEFAULT_CHOICE, namedInstead, secondChoice, snapName, takenPhrase } from './choose-phrase';
import { letterSimilarity } from './similarity';

describe('choosing among the phrases found', () => {
  // Scores as the model gave them for espeak-ng's "What's the AI news today?" after Chromium's resampling: the short
  // phrase is likelier, the longer one reads far more like what free decoding heard.
  const free = { text: "What's the name I used today?", score: -3.9, words: 8, tokens: 9 };
  const found = [
    { text: "What's next?", score: -5.2, words: 4 },
    { text: "What's the news today?", score: -7.75, words: 7 },
  ];

  it('takes the likeliest phrase when likeness counts for nothing', () => {
    expect(choosePhrase(found, free, [], { ...DEFAULT_CHOICE, likeness: 0 }).best).toBe("What's next?");
  });

  it('weighs each phrase by how much it reads like the free transcript', () => {
    const choice = choosePhrase(found, free, [], { ...DEFAULT_CHOICE, likeness: 1 });
    expect(choice.best).toBe("What's the news today?");
    expect(choice.phrase).toBe("What's the news today?");
    expect(choice.similarity).toBeGreaterThan(0.6);
  });

  it('still refuses the best phrase when it explains the audio far worse than free decoding', () => {
    const choice = choosePhrase([{ text: 'Pause.', score: -14, words: 1 }], { text: "What's the weather like tomorrow?", score: -2, words: 7, tokens: 8 }, [], { ...DEFAULT_CHOICE, likeness: 1 });
    expect(choice).toMatchObject({ best: 'Pause.', phrase: null });
  });

  it('finds nothing among no phrases', () => {
    expect(choosePhrase([], free, [], DEFAULT_CHOICE)).toMatchObject({ phrase: null, best: null, margin: Infinity });
  });
});

describe('the second ear’s phrase', () => {
  // Espeak-ng's "faster" as Moonshine hears it freely ("Pastor."), and the second ear's phrase as Moonshine weighs it.
  const free = { text: 'Pastor.', score: -1.2, words: 1, tokens: 3 };
  const faster = { text: 'Faster.', score: -5.2, words: 1 };
  const o = { ...DEFAULT_CHOICE, maxMargin: 0.6, secondMargin: 1.5, secondLikeness: 0.4, secondCloseMargin: 0.6 };

  it('is taken with a looser margin than the first ear’s own phrases, where it reads like what was heard', () => {
    // Margin (5.2 − 1.2) / 4 = 1.0: above the first ear's own 0.6, within the second ear's 1.5.
    expect(choosePhrase([faster], free, [], o).phrase).toBeNull();
    expect(secondChoice(faster, letterSimilarity('faster', free.text), null, free, o)).toMatchObject({ phrase: 'Faster.', margin: 1 });
  });

  it('is refused past that margin, or when it reads nothing like what was heard', () => {
    expect(secondChoice({ ...faster, score: -7.5 }, letterSimilarity('faster', free.text), null, free, o).phrase).toBeNull();
    const weather = { text: "What's the weather like tomorrow?", score: -3, words: 6, tokens: 8 };
    const similarity = letterSimilarity('tell me more', weather.text);
    expect(similarity).toBeLessThan(o.secondLikeness);
    const said = secondChoice({ text: 'Tell me more.', score: -9, words: 3 }, similarity, null, weather, o);
    expect(said.margin).toBeLessThan(o.secondMargin);
    expect(said.margin).toBeGreaterThan(o.secondCloseMargin);
    expect(said.phrase).toBeNull();
  });

  it('is taken however it reads when the first ear finds it very nearly as likely as what it heard', () => {
    // Espeak-ng's "move on", heard freely as "Mm-hmm,": nothing alike, but the phrase explains the sound almost as well.
    const mmHmm = { text: 'Mm-hmm,', score: -2.1, words: 1, tokens: 4 };
    const moveOn = { text: 'Move on.', score: -2.6, words: 2 };
    const similarity = letterSimilarity('move on', mmHmm.text);
    expect(similarity).toBeLessThan(o.secondLikeness);
    expect(secondChoice(moveOn, similarity, null, mmHmm, o)).toMatchObject({ phrase: 'Move on.', margin: 0.1 });
    expect(secondChoice(moveOn, similarity, null, mmHmm, { ...o, secondCloseMargin: -Infinity }).phrase).toBeNull();
  });

  it('is taken however it reads when the second ear is sure of it and the first ear finds it likely enough', () => {
    // "Tell me more." under noise, heard freely as something else: margin (9 − 3) / 9 ≈ 0.67, likeness low.
    const noisy = { text: 'Hey, what?', score: -3, words: 2, tokens: 8 };
    const tellMore = { text: 'Tell me more.', score: -9, words: 3 };
    const similarity = letterSimilarity('tell me more', noisy.text);
    const strict = { ...o, secondCloseMargin: 0.5, secondSureMargin: 2, secondConfidence: -8 };
    expect(similarity).toBeLessThan(strict.secondLikeness);
    expect(secondChoice(tellMore, similarity, null, noisy, strict).phrase).toBeNull();
    expect(secondChoice(tellMore, similarity, -20, noisy, strict).phrase).toBeNull();
    expect(secondChoice(tellMore, similarity, -3, noisy, strict).phrase).toBe('Tell me more.');
    // Sure, but the first ear finds it far less likely than what it heard: refused.
    expect(secondChoice({ ...tellMore, score: -30 }, similarity, -1, noisy, strict).phrase).toBeNull();
    // Off: a confidence of Infinity is never reached.
    expect(secondChoice(tellMore, similarity, 0, noisy, { ...strict, secondConfidence: Infinity }).phrase).toBeNull();
    expect(takenPhrase(choosePhrase([], noisy, [], strict), { heard: 'tell me more', weighed: tellMore, confidence: -3 }, noisy, [], strict)).toBe('Tell me more.');
  });

  it('is the ear’s phrase only where the first ear refused its own', () => {
    const refused = choosePhrase([faster], free, [], o);
    expect(takenPhrase(refused, { heard: 'faster', weighed: faster }, free, [], o)).toBe('Faster.');
    expect(takenPhrase(refused, undefined, free, [], o)).toBeNull();
    expect(takenPhrase(refused, { heard: 'faster', weighed: { ...faster, score: -7.5 } }, free, [], o)).toBeNull();
    const own = choosePhrase([{ text: 'Pastor.', score: -1.2, words: 1 }], free, [], o);
    expect(own.phrase).toBe('Pastor.');
    expect(takenPhrase(own, { heard: 'faster', weighed: faster }, free, [], o)).toBe('Pastor.');
  });
});

describe('the second ear’s name in the first ear’s open slot', () => {
  // Flite's kal16 voice saying "what's new on TechCrunch" as the benchmark's tune half heard it: the first ear's open
  // slot took "track, Crunch", which spells no name the device holds; the second ear heard the outlet.
  const names = ['TechCrunch', 'DeepSeek', 'chips'];
  const free = { text: "What's new on track, Crunch?", score: -3.1, words: 8, tokens: 10 };
  const slotted = { text: "What's new on track, Crunch?", score: -3.1, words: 8, slot: { before: "What's new on", words: 'track, Crunch', after: '?' } };
  const second = { heard: "what's new on techcrunch", weighed: { text: "What's new on TechCrunch?", score: -5.87, words: 9 } };
  const o = { ...DEFAULT_CHOICE, nameMargin: 1.5 };

  it('takes the second ear’s phrase where it is the same request with a device name in the slot', () => {
    const choice = choosePhrase([slotted], free, names, o);
    expect(choice).toMatchObject({ phrase: "What's new on track, Crunch?", open: { before: "What's new on", after: '?' } });
    // Margin (5.87 − 3.1) / 11 ≈ 0.25.
    expect(takenPhrase(choice, second, free, names, o)).toBe("What's new on TechCrunch?");
  });

  it('keeps the first ear’s phrase when the name is none of the device’s, the request differs, or the margin is passed', () => {
    const choice = choosePhrase([slotted], free, names, o);
    expect(takenPhrase(choice, second, free, ['DeepSeek'], o)).toBe("What's new on track, Crunch?");
    expect(namedInstead(choice, { ...second.weighed, text: 'News about TechCrunch.' }, free, names, o)).toBeNull();
    expect(namedInstead(choice, { ...second.weighed, score: -20 }, free, names, o)).toBeNull();
    expect(namedInstead(choice, second.weighed, free, names, { ...o, nameMargin: -Infinity })).toBeNull();
    // The words around the slot are whole words: "What's new only TechCrunch" is not "What's new on" + a name.
    expect(namedInstead(choice, { ...second.weighed, text: "What's new only TechCrunch?" }, free, ['lyTechCrunch', ...names], o)).toBeNull();
  });

  it('never replaces a slot the first ear snapped to a name, nor a phrase without a slot', () => {
    const snapped = choosePhrase([{ ...slotted, slot: { ...slotted.slot, words: 'Tech Crunch' } }], free, names, o);
    expect(snapped.phrase).toBe("What's new on TechCrunch?");
    expect(snapped.open).toBeUndefined();
    const plain = choosePhrase([{ text: 'Stop.', score: -1, words: 1 }], { text: 'Stop.', score: -1, words: 1, tokens: 2 }, names, o);
    expect(plain.open).toBeUndefined();
    expect(takenPhrase(plain, { heard: 'news about chips', weighed: { text: 'News about chips.', score: -1.5, words: 3 } }, free, names, o)).toBe('Stop.');
  });
});

describe('snapping a name heard in an open slot', () => {
  const names = ['DeepSeek', 'TechCrunch', 'AI regulation', 'chips', 'Nvidia'];

  it('finds the name the words spell, apart, hyphenated or a letter off', () => {
    expect(snapName('deep seek', names, 0.8)).toBe('DeepSeek');
    expect(snapName('deep-seek', names, 0.8)).toBe('DeepSeek');
    expect(snapName('tech crunch', names, 0.8)).toBe('TechCrunch');
    expect(snapName('irregulation', names, 0.8)).toBe('AI regulation');
  });

  it('leaves words that spell no name alone', () => {
    expect(snapName('quantum computing', names, 0.8)).toBeNull();
    expect(snapName('the chips', names, 0.8)).toBeNull();
    expect(snapName('deep seek', names, 1.01)).toBeNull();
  });

  it('spells the chosen phrase with the name, and weighs it by that spelling', () => {
    const slot = { before: 'News about', words: 'deep seek', after: '.' };
    const choice = choosePhrase([{ text: 'News about deep seek.', score: -3, words: 5, slot }], { text: 'News about deep seek.', score: -3, words: 5, tokens: 6 }, names, { ...DEFAULT_CHOICE, snapName: 0.8 });
    expect(choice.phrase).toBe('News about DeepSeek.');
  });
});
