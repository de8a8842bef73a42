/**
 * Normalization of time expressions against the document date: corrections of SUTime's values where it is
 * weak on news (weekdays, bare months, quarters, "last year", time zones, durations), expressions it misses,
 * and words it mistakes for dates. Everything here is model-free and works on one sentence's words.
 */
package org.claimtrace.time;
