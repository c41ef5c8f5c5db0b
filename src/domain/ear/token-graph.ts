// The phrases the on-device ear listens for, as a graph of the recognizer's tokens: each path from the root spells a
// phrase the command parser understands. A node may end a phrase (the end token may follow), and a node may be open
// (any tokens may follow it up to the end: a topic the device has no name for).

export interface TokenNode {
  readonly next: Map<number, TokenNode>;
  /** Nodes reached without a token: a part of a phrase that may be left out, or the end of one part and the start of the next. */
  readonly also: TokenNode[];
  /** A phrase may end here. */
  end: boolean;
  /** Any tokens may follow, up to the end (an open slot at the end of a phrase). */
  open: boolean;
}

export const tokenNode = (): TokenNode => ({ next: new Map(), also: [], end: false, open: false });

/** The node and every node reached from it without a token. */
export function closure(node: TokenNode): TokenNode[] {
  const seen = new Set<TokenNode>([node]);
  const stack = [node];
  while (stack.length > 0) {
    for (const n of stack.pop()!.also) {
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(n);
    }
  }
  return [...seen];
}

/** Adds a path of tokens from the node and returns its last node (marked as ending a phrase unless told otherwise). */
export function addPath(from: TokenNode, tokens: readonly number[], ends = true): TokenNode {
  let node = from;
  for (const t of tokens) {
    let child = node.next.get(t);
    if (!child) node.next.set(t, (child = tokenNode()));
    node = child;
  }
  if (ends) node.end = true;
  return node;
}

/** How many nodes the graph holds (for the bench's size figures and tests). */
export function countNodes(root: TokenNode): number {
  const seen = new Set<TokenNode>([root]);
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of [...node.next.values(), ...node.also]) {
      if (seen.has(child)) continue;
      seen.add(child);
      stack.push(child);
    }
  }
  return seen.size;
}
