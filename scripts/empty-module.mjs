// Imported first by check-import.mjs, so that the timed import finds Node's ESM loader set up.
export {};
