// PLACEHOLDER until implemented
export function extractQuotes(..._args: unknown[]): never { throw new Error('not implemented'); }
