// PLACEHOLDER until implemented
export function formatText(..._args: unknown[]): never { throw new Error('not implemented'); }
export type TextOptions = Record<string, never>;
