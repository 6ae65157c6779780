/** A node of a hash-linked graph: its own hash, and the hashes of the nodes its author had seen. */
export interface GraphNode {
  hash: string;
  parents: readonly string[];
}

export interface CausalGraph<T extends GraphNode> {
  /** Every node whose ancestry is complete, parents before children; concurrent nodes by hash. */
  order: T[];
  /** Whether `a` is among the nodes `b`'s author had seen (directly or through its parents). */
  isAncestor(a: string, b: string): boolean;
  /** The nodes nothing yet follows: what a new node names as its parents. */
  heads: string[];
}

/**
 * Orders a set of hash-linked nodes by what each author had seen, never by dates they wrote. The
 * result depends on the set alone, not on the order nodes arrived in; a node whose ancestry has
 * not all arrived waits outside the order (a hash cannot name a node made after it).
 */
export function causalGraph<T extends GraphNode>(nodes: Iterable<T>): CausalGraph<T> {
  const byHash = new Map<string, T>();
  for (const node of nodes) if (!byHash.has(node.hash)) byHash.set(node.hash, node);

  // Kahn's order over the nodes whose parents are all present; ties broken by hash.
  const children = new Map<string, string[]>();
  const missing = new Map<string, number>();
  for (const node of byHash.values()) {
    const parents = [...new Set(node.parents)];
    missing.set(node.hash, parents.filter((p) => byHash.has(p)).length);
    if (parents.some((p) => !byHash.has(p))) missing.set(node.hash, Number.POSITIVE_INFINITY);
    for (const p of parents) if (byHash.has(p)) (children.get(p) ?? children.set(p, []).get(p)!).push(node.hash);
  }
  const ready = [...missing].filter(([, n]) => n === 0).map(([h]) => h).sort();
  const order: T[] = [];
  const index = new Map<string, number>();
  while (ready.length) {
    const hash = ready.shift()!;
    index.set(hash, order.length);
    order.push(byHash.get(hash)!);
    for (const child of children.get(hash) ?? []) {
      const left = missing.get(child)! - 1;
      missing.set(child, left);
      if (left === 0) ready.splice(sortedIndex(ready, child), 0, child);
    }
  }

  // Ancestor sets as bitsets over positions in the order: a parent always comes first.
  const words = Math.ceil(order.length / 32);
  const ancestors = order.map(() => new Uint32Array(words));
  order.forEach((node, i) => {
    for (const p of new Set(node.parents)) {
      const j = index.get(p)!;
      const into = ancestors[i];
      const from = ancestors[j];
      for (let w = 0; w < words; w++) into[w] |= from[w];
      into[j >>> 5] |= 1 << (j & 31);
    }
  });
  const isAncestor = (a: string, b: string) => {
    const i = index.get(a);
    const j = index.get(b);
    return i !== undefined && j !== undefined && (ancestors[j][i >>> 5] & (1 << (i & 31))) !== 0;
  };
  const referenced = new Set(order.flatMap((n) => n.parents));
  return { order, isAncestor, heads: order.map((n) => n.hash).filter((h) => !referenced.has(h)) };
}

function sortedIndex(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
