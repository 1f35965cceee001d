/**
 * The version of the comparison method: tokenisation, similarity layers, aligner, components
 * and divergence weights. Divergences are comparable only within one version; any change that
 * can move a divergence bumps it (see METHODS.md, "Versioning").
 *
 * @example
 * METHOD_VERSION;
 * //=> '1.0.0'
 */
export const METHOD_VERSION = '1.0.0';
