package uk.gov.london.planreview.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Turns what went wrong at start-up into a sentence a reviewer can act on. */
final class StartupProblem {

	private StartupProblem() {
	}

	static String explain(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		String lower = message.toLowerCase(Locale.ROOT);
		if (lower.contains("database may be already in use") || lower.contains("locked by another process")) {
			return "the database in data/ is in use by another plan-review run. Wait for it to finish, then try again.";
		}
		if (lower.contains("connection to") && lower.contains("refused") || lower.contains("connection refused")) {
			return "the database server could not be reached (" + message + "). Check spring.datasource.url in "
					+ "config/application.yml, or that the server is running.";
		}
		if (lower.contains("password authentication failed")) {
			return "the database refused the user name or password in config/application.yml.";
		}
		if (root instanceof UncheckedIOException || root instanceof IOException) {
			return message;
		}
		return message + " (" + root.getClass().getSimpleName() + "). The log in data/plan-review.log has the details.";
	}

}
