export const METHOD_VERSION = '0.0.0';
