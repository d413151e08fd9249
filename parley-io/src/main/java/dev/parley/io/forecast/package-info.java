/**
 * Readers for multi-actor forecast inputs: KTAB SMP CSV and XML ({@link dev.parley.io.forecast.KtabCsvReader},
 * {@link dev.parley.io.forecast.KtabXmlReader}), the BDM/Scholz actor CSV ({@link dev.parley.io.forecast.BdmCsvReader})
 * and the DEU III tab-separated data ({@link dev.parley.io.forecast.DeuTsvReader}). Every reader rejects bad input
 * with a {@link dev.parley.io.forecast.ForecastInputException} that names file, line, column, the problem and what
 * would be valid.
 */
package dev.parley.io.forecast;
