// English idioms and phrasal verbs a listener says where a news story writes one plain word: "who's in charge of
// water" (the story: "the head of water", "responsible for water"), "when does the ban kick in" ("from January", a start), "how many leaks
// did the trial turn up" ("found 412 leaks"). The question's words are rewritten to the story's before matching; the
// parts of a phrasal verb alone ("turn", "kick", "go") would match nothing, or the wrong thing.

/** Each idiom (a regex source over the question's lower-case words, spaced) and the plain words it stands for. */
const EN_IDIOMS: readonly [string, string][] = [
  // "What's a pair going for?" asks a price, before "go for" is read as choosing.
  ['(?:is|are|was|were) (?<object>(?:\\S+ ){0,4})(?:going|selling) for$', 'cost'],
  ['head offices?|main offices?|home base', 'headquarters'],
  ['in charge of|at the head of', 'head of'],
  ['(?:go|goes|going|went|gone|opt|opts|opted|settle|settled) for|settle on|settled on', 'choose'],
  ['(?:kick|kicks|kicked) in|come into (?:force|effect)|comes into (?:force|effect)|(?:take|takes|took) effect|(?:switch|switches|switched|turn|turns|turned) (?:it |them |this |that )?on', 'start'],
  ['(?:turn|turns|turned|turning) up|(?:dig|digs|dug) up', 'find'],
  ['(?:come|came|comes|coming) up with', 'create'],
  ['(?:go|goes|going|went) (?:on air|live)|(?:hit|hits) (?:the )?(?:shelves|market|stores|shops)|(?:come|comes|came) out', 'launch'],
  ['(?:put|puts|putting) (?:in|up)|(?:put|puts|putting) (?:it|them) (?:in|on)', 'install'],
  ['(?:look|looks|looking) (?:at (?<object>(?:\\S+ ){1,3})again|again at)|(?:take|takes) another look at', 'review'],
  ['(?:turn|turns|turning|make|makes|making) (?:a )?profit|(?:break|breaks|breaking) even|(?:get|gets|getting) into (?:the )?black', 'profit'],
  ['(?:hand|hands|handing|handed) over|(?:fork|forks|forking|forked|shell|shells|shelling|shelled) out|(?:cough|coughs|coughed) up', 'pay'],
  ['(?:take|takes|took|taking|taken) (?<object>(?:\\S+ ){1,2})to court|(?:file|files|filed) (?:a )?(?:lawsuit|suit|case) against', 'sue'],
  ['(?:pick|picks|picked|picking) up|(?:sniff|sniffs|sniffed) out', 'detect'],
  ['(?:sign|signs|signed|signing) up', 'register'],
  ['(?:leave|leaves|left|leaving) out', 'exclude'],
  ['(?:kick|kicks|kicked|kicking) off|(?:get|gets|getting) (?:going|under way|underway)|(?:be |is |are )?up and running', 'start'],
  ['at the start|at the outset|up front', 'upfront'],
  ['(?:hang|hangs|hanging|hung|hold|holds|holding|held) on ?to|(?:keep|keeps|keeping|kept) hold of', 'keep'],
  // Fillers that ask nothing: "who complained in the first place".
  ['in the first place|to begin with|to start with|at all', ''],
];

const COMPILED = EN_IDIOMS.map(([pattern, plain]) => ({ re: new RegExp(`(?<![\\p{L}\\p{N}'])(?:${pattern})(?![\\p{L}\\p{N}'])`, 'gu'), plain }));

/**
 * A question's English words with idioms replaced by the plain words a story uses ("who is in charge of water" →
 * "who is head of water"). "Look at the rule again" keeps what is looked at ("review the rule"), "take
 * Cadenza to court" what is sued ("sue cadenza").
 */
export function plainIdioms(keys: readonly string[]): string[] {
  let joined = keys.join(' ');
  for (const { re, plain } of COMPILED) {
    joined = joined.replace(re, (...args) => {
      // What an idiom is said of stays ("look at the rule again" → "review the rule", "took cadenza to court" → "sue
      // cadenza"): its `object` group, where the idiom has one (named groups come last among the arguments).
      const groups = args[args.length - 1] as Record<string, string | undefined> | string;
      const object = typeof groups === 'object' ? groups.object?.trim() : undefined;
      return object ? `${plain} ${object}` : plain;
    });
  }
  return joined.split(' ').filter(Boolean);
}
