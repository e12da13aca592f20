package uk.gov.london.planreview.export;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Where a table's rows go: a CSV file, a sheet of review.xlsx, or both. */
@FunctionalInterface
public interface Rows {

	/** Rows that go nowhere: a table written to its CSV file alone. */
	Rows NONE = values -> {
	};

	void row(List<?> values) throws IOException;

	default void row(Object... values) throws IOException {
		row(Arrays.asList(values));
	}

	/** The same rows to both. */
	static Rows both(Rows first, Rows second) {
		return values -> {
			first.row(values);
			second.row(values);
		};
	}

}
