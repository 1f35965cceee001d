// PLACEHOLDER until implemented
export function compareQuotes(..._args: unknown[]): never { throw new Error('not implemented'); }
