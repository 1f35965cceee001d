// PLACEHOLDER
export class QuoteIndex {}
