/**
 * The version of the method behind every result: the comparison (tokenisation, similarity layers,
 * aligner, components and divergence weights), quote extraction and attribution, and the corpus rules
 * (blocking, verification and linking thresholds, references, echoes). Results are comparable only
 * within one version; any change that can move a divergence, a quote, a cluster or an echo bumps it
 * (see METHODS.md, "Versioning").
 *
 * @example
 * METHOD_VERSION;
 * //=> '1.0.0'
 */
export const METHOD_VERSION = '1.0.0';
