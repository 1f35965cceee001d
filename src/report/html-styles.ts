/**
 * The HTML report's look: one inline style sheet (the page loads nothing), a colour per edit class,
 * and the legend that names them. Colours are chosen so the classes stay apart for a reader and the
 * near-equivalent ones (case, inflection, function words) stay pale.
 *
 * @module
 */

import type { EditClass } from '../types.js';
import { className } from './describe.js';
import { escapeHtml } from './escape-html.js';

/** Background colour of each edit class; the CSS class of an edit is `edit-<class>`. */
export const EDIT_CLASS_COLOURS: Readonly<Record<EditClass, string>> = {
  'case-punctuation': '#eeeeee',
  inflection: '#dcecff',
  spelling: '#e6dcff',
  number: '#ffe3c2',
  synonym: '#d3f2c9',
  related: '#e7f5bf',
  'function-word': '#f1ecdf',
  substitution: '#ffd0d0',
  'phrase-substitution': '#ffa8c5',
  insertion: '#b9ecb9',
  omission: '#ffc2b3',
  move: '#fff09a',
};

/** Edit classes in the legend's order, from the mildest to the strongest change. */
export const EDIT_CLASSES = Object.keys(EDIT_CLASS_COLOURS) as EditClass[];

/** The page's style sheet. */
export function styleSheet(): string {
  const editRules = EDIT_CLASSES.map((editClass) => `mark.edit-${editClass},.swatch.edit-${editClass}{background:${EDIT_CLASS_COLOURS[editClass]}}`).join('\n');
  return `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;padding:1rem 2rem;color:#1d1d1f;background:#fff}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.summary{color:#555}.legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;margin:.6rem 0 1rem;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:.35rem;font-size:.85rem}.swatch{display:inline-block;width:1.1rem;height:1.1rem;border:1px solid #bbb;border-radius:3px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:.6rem 0 .3rem}.side{border:1px solid #ddd;border-radius:6px;padding:.6rem .8rem;background:#fcfcfc}
.side header{font-size:.8rem;color:#555;margin-bottom:.3rem}.quote{margin:0;white-space:pre-wrap}
mark{padding:0 .1em;border-radius:3px;color:inherit}mark.edit-omission{text-decoration:line-through}mark.edit-insertion{text-decoration:underline}
.outside{color:#9a9a9a}sup.edit-n{font-size:.65rem;color:#444;margin-left:.1em}sup.edit-n::after{content:attr(data-n)}
.score{font-variant-numeric:tabular-nums;font-weight:600}.components{font-size:.8rem;color:#555;margin:.2rem 0}
ol.edits{font-size:.85rem;margin:.2rem 0 1rem;padding-left:1.6rem}.conflict{color:#a15c00;font-weight:600}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.2rem .45rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
table.witnesses td.agree-all{background:#fff}table.witnesses td.agree-partial{background:#fff6d6}table.witnesses td.agree-variant{background:#ffe0e0}
table.witnesses td.gap{background:#f3f3f3;color:#aaa}
${editRules}
`;
}

/** The legend: one swatch per edit class. */
export function legend(): string {
  const items = EDIT_CLASSES.map((editClass) => `<li><span class="swatch edit-${editClass}"></span>${escapeHtml(className(editClass))}</li>`).join('');
  return `<ul class="legend" aria-label="Edit classes">${items}<li><span class="outside">grey</span>&nbsp;outside the shared part</li></ul>`;
}
