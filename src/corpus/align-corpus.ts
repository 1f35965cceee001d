// PLACEHOLDER until implemented
export function alignCorpus(..._args: unknown[]): never { throw new Error('not implemented'); }
