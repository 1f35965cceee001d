/**
 * One cluster in the HTML report: each rendering side by side with the reference reading, edits
 * highlighted by class and numbered alike on both sides, the divergence and its components, the
 * edit list, and the multi-witness table.
 *
 * @module
 */

import type { Cluster, Span, Variant, WitnessTable } from '../types.js';
import { componentsLine, editLine, otherVariants, referenceVariant, score, sourceLabel, speakerLabel } from './describe.js';
import { escapeHtml as h } from './escape-html.js';
import { markedText, type MarkedRange } from './html-marked-text.js';

/** "001 · Tasnim · Dmitry Peskov"; an article without a named outlet goes by its id alone. */
function variantLabel(variant: Variant): string {
  const source = variant.source === null ? '' : ` \u00b7 ${h(variant.source)}`;
  return `${h(variant.articleId)}${source} \u00b7 ${h(speakerLabel(variant.quote))}`;
}

/** True when `span` lies wholly outside `shared` (the words beyond the part both quotes render). */
function outside(span: Span | null, shared: Span | undefined): boolean {
  return span !== null && shared !== undefined && (span.end <= shared.start || span.start >= shared.end);
}

function pairSection(cluster: Cluster, reference: Variant | undefined, variant: Variant, pairId: string): string {
  const { comparison } = variant;
  const aRanges: MarkedRange[] = [];
  const bRanges: MarkedRange[] = [];
  const items: string[] = [];
  comparison.edits.forEach((edit, index) => {
    const editId = `${pairId}-e${index + 1}`;
    const title = editLine(edit, (text) => text);
    const base = { editClass: edit.class, editId, label: index + 1, title };
    // Words beyond the shared part are greyed, not highlighted: they are not disagreement.
    if (edit.a !== null && !outside(edit.a, comparison.overlap?.a)) aRanges.push({ ...base, start: edit.a.start, end: edit.a.end });
    if (edit.b !== null && !outside(edit.b, comparison.overlap?.b)) bRanges.push({ ...base, start: edit.b.start, end: edit.b.end });
    items.push(`<li><span class="swatch edit-${edit.class}"></span> ${h(title)}</li>`);
  });
  const referenceLabel = reference === undefined ? h(cluster.reference.quoteId) : variantLabel(reference);
  return `<div class="pair" id="${h(pairId)}">
<div class="side side-a"><header>reference \u00b7 ${referenceLabel}</header><p class="quote">${markedText(comparison.a, aRanges, comparison.overlap?.a ?? null)}</p></div>
<div class="side side-b"><header>${variantLabel(variant)} \u00b7 divergence <span class="score">${score(variant.divergence)}</span></header><p class="quote">${markedText(comparison.b, bRanges, comparison.overlap?.b ?? null)}</p></div>
</div>
<p class="components">${componentsLine(comparison.components)}</p>
${items.length === 0 ? '' : `<ol class="edits">${items.join('')}</ol>`}`;
}

function witnessTable(table: WitnessTable, cluster: Cluster): string {
  if (table.columns.length === 0) return '';
  const labels = new Map(cluster.variants.map((variant) => [variant.quote.id, `${variant.articleId} \u00b7 ${sourceLabel(variant.source, variant.articleId)}`]));
  const rows = table.witnesses.map((witness, row) => {
    const cells = table.columns.map((column) => {
      const cell = column.cells[row] ?? null;
      return cell === null ? '<td class="gap">\u2013</td>' : `<td class="agree-${column.agreement}">${h(cell.text)}</td>`;
    });
    return `<tr><th scope="row">${h(labels.get(witness) ?? witness)}</th>${cells.join('')}</tr>`;
  });
  return `<h3>Witnesses</h3><div class="scroll"><table class="witnesses">${rows.join('')}</table></div>`;
}

/** The HTML section of one cluster (`index` numbers sections and edit ids). */
export function clusterSection(cluster: Cluster, index: number): string {
  const reference = referenceVariant(cluster);
  const speakers = cluster.speakers.length === 0 ? 'unattributed' : cluster.speakers.map(h).join(', ');
  const pairs = otherVariants(cluster).map((variant, v) => pairSection(cluster, reference, variant, `c${index + 1}-v${v + 1}`));
  return `<section class="cluster" id="cluster-${index + 1}">
<h2>Cluster ${h(cluster.id)}</h2>
<p class="summary">${cluster.variants.length} renderings \u00b7 mean divergence <span class="score">${score(cluster.meanDivergence)}</span> \u00b7 ${speakers}${cluster.attributionConflict ? ' \u00b7 <span class="conflict">attribution conflict</span>' : ''} \u00b7 reference chosen as ${h(cluster.reference.choice)}</p>
${pairs.join('\n')}
${witnessTable(cluster.table, cluster)}
</section>`;
}

