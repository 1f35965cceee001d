// PLACEHOLDER until implemented
export function formatHtml(..._args: unknown[]): never { throw new Error('not implemented'); }
