/**
 * Disjoint sets over `0 … n-1` (union by size, path halving): the connected components of the
 * graph of verified pairs are the clusters. The result does not depend on the order of unions.
 *
 * @module
 */

/**
 * @example
 * const sets = new UnionFind(4);
 * sets.union(0, 2);
 * sets.find(2) === sets.find(0);
 * //=> true
 */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(x: number): number {
    let node = x;
    while (this.parent[node] !== node) {
      const grand = this.parent[this.parent[node]!]!;
      this.parent[node] = grand;
      node = grand;
    }
    return node;
  }

  union(x: number, y: number): void {
    let a = this.find(x);
    let b = this.find(y);
    if (a === b) return;
    if (this.size[a]! < this.size[b]!) [a, b] = [b, a];
    this.parent[b] = a;
    this.size[a]! += this.size[b]!;
  }

  /** The members of each set with two or more members, each sorted, in order of their smallest member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      const members = byRoot.get(root);
      if (members) members.push(i);
      else byRoot.set(root, [i]);
    }
    return [...byRoot.values()].filter((members) => members.length > 1).sort((a, b) => a[0]! - b[0]!);
  }
}
