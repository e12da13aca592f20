package uk.gov.london.planreview.report.chart;

import java.util.List;

/**
 * The numbers behind a chart, printed as a table beside it so that nothing is told by the
 * picture alone.
 *
 * @param caption what the table shows
 * @param rowHeading the heading of the first column, whose cells head their rows
 * @param columns the headings of the other columns
 * @param rows one per category
 * @param numeric which of the other columns hold numbers (right-aligned)
 */
public record DataTable(String caption, String rowHeading, List<String> columns, List<Row> rows,
		List<Boolean> numeric) {

	public DataTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		numeric = List.copyOf(numeric);
	}

	/**
	 * A row: its heading and its cells, already formatted as the CSV files write them.
	 */
	public record Row(String heading, List<String> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

}
