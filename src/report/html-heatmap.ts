/**
 * The source-by-source heatmap, as inline SVG (no script, no image request). Rows are the source of
 * a cluster's reference reading, columns the source of another rendering in that cluster; a cell is
 * the mean divergence of those renderings from the reference, the number of pairs in its tooltip.
 *
 * @module
 */

import type { CorpusReport } from '../types.js';
import { referenceVariant, score, sourceLabel } from './describe.js';
import { escapeHtml as h } from './escape-html.js';

/** Mean divergence and pair count per (reference source, variant source). */
export interface HeatmapData {
  sources: string[];
  cells: Map<string, { sum: number; count: number }>;
}

const key = (row: string, column: string): string => JSON.stringify([row, column]);

/** Collects the heatmap's cells from the clusters. */
export function heatmapData(report: CorpusReport): HeatmapData {
  const cells = new Map<string, { sum: number; count: number }>();
  const sources = new Set<string>();
  for (const cluster of report.clusters) {
    const reference = referenceVariant(cluster);
    if (reference === undefined) continue;
    const row = sourceLabel(reference.source, reference.articleId);
    for (const variant of cluster.variants) {
      if (variant === reference || !Number.isFinite(variant.divergence)) continue;
      const column = sourceLabel(variant.source, variant.articleId);
      sources.add(row).add(column);
      const cell = cells.get(key(row, column)) ?? { sum: 0, count: 0 };
      cell.sum += variant.divergence;
      cell.count += 1;
      cells.set(key(row, column), cell);
    }
  }
  return { sources: [...sources].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), cells };
}

/** White (0) to deep red (1). */
function fill(value: number): string {
  const t = Math.max(0, Math.min(1, value));
  const channel = (from: number, to: number): number => Math.round(from + (to - from) * t);
  return `rgb(${channel(255, 179)},${channel(255, 0)},${channel(255, 0)})`;
}

function truncate(label: string): string {
  return label.length > 24 ? `${label.slice(0, 23)}\u2026` : label;
}

/** The heatmap as an `<svg>` element, or a sentence when there is nothing to draw. */
export function heatmapSvg(report: CorpusReport): string {
  const { sources, cells } = heatmapData(report);
  if (sources.length === 0) return '<p class="summary">No pairs of renderings to compare yet.</p>';
  const size = 44;
  const left = 180;
  const top = 140;
  const width = left + size * sources.length + 10;
  const height = top + size * sources.length + 10;
  const parts: string[] = [
    `<text x="${left - 8}" y="14" text-anchor="end" font-size="11" fill="#555">reference source \u2193</text>`,
    `<text x="${left}" y="14" font-size="11" fill="#555">rendering source \u2192</text>`,
  ];
  sources.forEach((source, i) => {
    const label = h(truncate(source));
    parts.push(`<text x="${left - 8}" y="${top + i * size + size / 2 + 4}" text-anchor="end" font-size="12">${label}<title>${h(source)}</title></text>`);
    const x = left + i * size + size / 2;
    parts.push(`<text x="${x}" y="${top - 8}" font-size="12" transform="rotate(-45 ${x} ${top - 8})">${label}<title>${h(source)}</title></text>`);
  });
  sources.forEach((row, i) => {
    sources.forEach((column, j) => {
      const cell = cells.get(key(row, column));
      const x = left + j * size;
      const y = top + i * size;
      if (cell === undefined) {
        parts.push(`<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="#f6f6f6" stroke="#fff"/>`);
        return;
      }
      const mean = cell.sum / cell.count;
      parts.push(
        `<g class="heat-cell"><rect x="${x}" y="${y}" width="${size}" height="${size}" fill="${fill(mean)}" stroke="#fff"><title>${h(`${row} \u2192 ${column}: ${score(mean)} (${cell.count} pair${cell.count === 1 ? '' : 's'})`)}</title></rect>` +
          `<text x="${x + size / 2}" y="${y + size / 2 + 4}" text-anchor="middle" font-size="11" fill="${mean > 0.55 ? '#fff' : '#222'}">${score(mean)}</text></g>`,
      );
    });
  });
  return `<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Mean divergence by reference source (rows) and rendering source (columns)">${parts.join('')}</svg>`;
}
