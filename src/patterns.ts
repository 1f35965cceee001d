/**
 * Every regular expression of the library lives in this file, each with a comment saying what it matches.
 * Each one is checked as safe from super-linear backtracking by `recheck` in test/patterns.test.ts.
 * Sections by pipeline stage; add new patterns to your stage's section.
 *
 * @module
 */

// --- text -------------------------------------------------------------------

// --- extract ----------------------------------------------------------------

// --- compare ----------------------------------------------------------------

// --- corpus -----------------------------------------------------------------

// --- report / cli -----------------------------------------------------------
