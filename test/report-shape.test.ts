import { describe, expect, it } from 'vitest';
import { corpusReportProblems } from './report-shape.js';
import { articleText, sampleReport } from './sample-report.js';

describe('the CorpusReport shape check used by the CLI tests', () => {
  const texts = new Map(['000', '001', '002', '004'].map((id) => [id, articleText(id)]));
  it('accepts the hand-built seed report, offsets included', () => {
    expect(corpusReportProblems(JSON.parse(JSON.stringify(sampleReport())), texts)).toEqual([]);
  });
  it('names what is wrong in a broken one', () => {
    const report = JSON.parse(JSON.stringify(sampleReport()));
    report.clusters[0].meanDivergence = 1.5;
    report.quotes[0].end += 1;
    delete report.clusters[1].variants[1].comparison.components.tone;
    expect(corpusReportProblems(report, texts)).toEqual([
      'quotes[0]: text does not match its offsets',
      'clusters[0].meanDivergence: expected a number in [0, 1], got 1.5',
      'clusters[1].variants[1].comparison.components.tone: expected a number in [0, 1], got undefined',
    ]);
    expect(corpusReportProblems({ quotes: [] })).toEqual([
      'report.clusters: expected array, got undefined',
      'report.echoes: expected array, got undefined',
      'report.sources: expected array, got undefined',
      'report.diagnostics: expected array, got undefined',
      'report.methodVersion: expected string, got undefined',
    ]);
  });
});
