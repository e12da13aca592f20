package uk.gov.london.planreview.stocktake;

import java.nio.file.Path;

/**
 * A file of stock-take responses.
 *
 * @param name its name in findings and tables: its path within the input folder
 */
public record ResponseFile(Path path, String name) {

	/** A file known by its own name. */
	public static ResponseFile of(Path path) {
		return new ResponseFile(path, path.getFileName().toString());
	}

}
