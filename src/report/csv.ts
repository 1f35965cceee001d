// PLACEHOLDER until implemented
export function formatCsv(..._args: unknown[]): never { throw new Error('not implemented'); }
export type CsvOptions = Record<string, never>;
