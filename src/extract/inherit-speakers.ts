/**
 * Step 4 of attribution: quotes with no cue of their own take the speaker of a related quote —
 * the first half of a split quote, a quote of the same sentence, the last part of a quote continued
 * across paragraphs, an earlier quote of the paragraph, or the quote closing the paragraph before.
 *
 * @module
 */

import type { QuoteToAttribute } from './attribute-speaker.js';
import { hasSentenceEnd } from './sentences.js';
import { pastClose } from './pair-quote-marks.js';
import { closesParagraph, opensParagraph } from './quote-neighbours.js';

/** Step 4: quotes with no cue of their own take the speaker of a related quote. */
export function inheritSpeakers(text: string, quotes: QuoteToAttribute[], anonymous: ReadonlySet<QuoteToAttribute>, namesOwnSubject: (q: QuoteToAttribute) => boolean = () => false): void {
  const tops = quotes.filter((q) => q.parent === null && q.kind !== 'scare' && !anonymous.has(q));
  // split quotes: “…,” he said, “…”
  for (let k = 0; k + 1 < tops.length; k++) {
    const a = tops[k]!;
    const b = tops[k + 1]!;
    if (a.speaker === null || a.paragraph !== b.paragraph || a.close < 0) continue;
    const cueEnd = Math.max(a.speaker.mention.end, a.speaker.cue?.end ?? 0);
    if (cueEnd <= a.close || cueEnd > b.open) continue;
    if (text.slice(cueEnd, b.open).trim().replace(',', '').replace(':', '') !== '') continue;
    if (!a.flags.includes('split')) a.flags.push('split');
    if (!b.flags.includes('split')) b.flags.push('split');
    b.speaker ??= a.speaker;
  }
  // continued quotes take the speaker of their last part
  for (let k = tops.length - 1; k > 0; k--) {
    const part = tops[k]!;
    const earlier = tops[k - 1]!;
    if (earlier.flags.includes('continued') && earlier.close < 0 && part.flags.includes('continued')) earlier.speaker ??= part.speaker;
  }
  // same sentence, then same paragraph, then a paragraph opening with a quote
  for (let k = 0; k < tops.length; k++) {
    const q = tops[k]!;
    if (q.speaker !== null) continue;
    const prev = tops[k - 1];
    const next = tops[k + 1];
    if (next?.speaker && sameSentence(text, q, next)) q.speaker = next.speaker;
    else if (prev?.speaker && sameSentence(text, prev, q)) q.speaker = prev.speaker;
    // (an utterance whose own sentence opens with a person goes to step 5 instead: "Kasich resisted …")
    else if (prev?.speaker && q.kind === 'utterance' && ((prev.paragraph === q.paragraph && !namesOwnSubject(q)) || (prev.paragraph === q.paragraph - 1 && (prev.kind === 'utterance' || closesParagraph(text, prev)) && opensParagraph(text, q)))) {
      // (a fragment counts when it closes its paragraph: "…, saying he’s “made a lot of money.”" then "“Frankly, …”")
      q.speaker = prev.speaker;
    } else if (prev?.speaker && q.kind === 'fragment' && prev.paragraph === q.paragraph && !namesOwnSubject(q)) {
      // "…, Butz said, allowed him to “…,” too. Audiences can expect him to approach it with “…”": a
      // fragment whose sentence has no subject of its own goes on with the paragraph's speaker
      q.speaker = prev.speaker;
    }
  }
}

/** Two quotes of one paragraph with no sentence end between them. */
function sameSentence(text: string, a: QuoteToAttribute, b: QuoteToAttribute): boolean {
  return a.paragraph === b.paragraph && !hasSentenceEnd(text, pastClose(a), b.open);
}
