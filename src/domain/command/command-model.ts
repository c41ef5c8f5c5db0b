// The trained command model as the device uses it: loaded once from the committed weights (model/weights.ts, its own
// lazily loaded chunk with the grammar), and understanding with it.
import { embeddingScores, loadEmbedding } from './model/embedding';
import { loadModel } from './model/linear';
import { INTENT_MODEL, POLICY, SLOT_MODEL } from './model/weights';
import { understandCommand, type CommandModel } from './understand';
import { parseAlternatives } from './parse-command';
import type { Command, ParseContext } from './types';

let model: CommandModel | null = null;

/** The model, decoded on first use (~2 ms). */
export function commandModel(): CommandModel {
  if (!model) {
    const intents = loadEmbedding(INTENT_MODEL);
    model = { intents: { labels: intents.labels, scores: (f) => embeddingScores(intents, f) }, slots: loadModel(SLOT_MODEL), policy: POLICY };
  }
  return model;
}

/** Understands one transcript: the grammar with the learned model. */
export const understand = (transcript: string, ctx: ParseContext): Command => understandCommand(transcript, ctx, commandModel());

/** The first recognizer alternative understood as something other than `none` (or the first, understood). */
export const understandAlternatives = (alternatives: readonly string[], ctx: ParseContext) => parseAlternatives(alternatives, ctx, understand);
