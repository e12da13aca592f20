package uk.gov.london.planreview.finding;

/**
 * Something a reviewer should know that is not a score: a row of findings.csv.
 *
 * @param sourceFile the input it concerns, empty when it concerns the run as a whole
 * @param planId the plan it concerns, empty when none could be identified
 * @param location {@code sheet!cell}, or a line number for CSV input, empty when it
 * concerns a whole file
 * @param message plain English: what happened and what to do about it
 */
public record Finding(String sourceFile, String planId, Severity severity, String location, String message) {

	public Finding {
		sourceFile = sourceFile == null ? "" : sourceFile;
		planId = planId == null ? "" : planId;
		location = location == null ? "" : location;
	}

	public static Finding error(String sourceFile, String location, String message) {
		return new Finding(sourceFile, "", Severity.ERROR, location, message);
	}

	public static Finding warning(String sourceFile, String location, String message) {
		return new Finding(sourceFile, "", Severity.WARNING, location, message);
	}

	public static Finding info(String sourceFile, String location, String message) {
		return new Finding(sourceFile, "", Severity.INFO, location, message);
	}

	public Finding forPlan(String id) {
		return new Finding(this.sourceFile, id, this.severity, this.location, this.message);
	}

}
