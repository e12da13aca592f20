package uk.gov.london.planreview.export;

import java.util.List;

/** A workbook that takes tables, a sheet each. */
@FunctionalInterface
public interface Sheets {

	/** No workbook: tables go to their CSV files alone. */
	Sheets NONE = (name, columns) -> Rows.NONE;

	/**
	 * Starts a sheet with its header row; sheets come in the order they are started.
	 */
	Rows sheet(String name, List<String> columns);

}
