package uk.gov.london.planreview.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

import org.yaml.snakeyaml.error.MarkedYAMLException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;

import uk.gov.london.planreview.reference.ReferenceProblems;

/** Turns what went wrong at start-up into sentences a reviewer can act on. */
final class StartupProblem {

	private StartupProblem() {
	}

	static String explain(Throwable ex) {
		Optional<ReferenceProblems> reference = find(ex, ReferenceProblems.class);
		if (reference.isPresent()) {
			int count = reference.get().problems().size();
			return "the reference data in config/reference/ has " + (count == 1 ? "a problem" : count + " problems")
					+ " to put right first:\n" + reference.get().getMessage();
		}
		Optional<MarkedYAMLException> yaml = find(ex, MarkedYAMLException.class);
		if (yaml.isPresent()) {
			return "config/application.yml, line " + (yaml.get().getProblemMark().getLine() + 1)
					+ ": the settings file is not written correctly (" + yaml.get().getProblem()
					+ "). Check the indentation (spaces, not tabs) and the colon after each name on that line and the "
					+ "one before it.";
		}
		Optional<BindException> binding = find(ex, BindException.class);
		if (binding.isPresent() && binding.get().getProperty() != null) {
			var property = binding.get().getProperty();
			return where(property.getOrigin()) + property.getName() + " is \"" + property.getValue()
					+ "\", which it cannot be (" + rootMessage(binding.get()) + "). Correct it as the comment above it "
					+ "in config/application.yml says.";
		}
		Throwable root = root(ex);
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

	/**
	 * "config/application.yml, line 12: " where the setting was read, when it is known.
	 */
	private static String where(Origin origin) {
		for (Origin at = origin; at != null; at = at instanceof PropertySourceOrigin source
				&& source.getOrigin() != null ? source.getOrigin() : at.getParent()) {
			if (at instanceof TextResourceOrigin text && text.getLocation() != null && text.getResource() != null) {
				return "config/" + text.getResource().getFilename() + ", line " + (text.getLocation().getLine() + 1)
						+ ": ";
			}
		}
		return "";
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = root(ex);
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		if (root instanceof NumberFormatException) {
			return "a number is needed";
		}
		return message;
	}

	private static Throwable root(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	private static <T extends Throwable> Optional<T> find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
		}
		return Optional.empty();
	}

}
