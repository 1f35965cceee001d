// PLACEHOLDER until implemented
export function formatMarkdown(..._args: unknown[]): never { throw new Error('not implemented'); }
