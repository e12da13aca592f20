package uk.gov.london.planreview.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.plan.Rag;

/**
 * A table cell whose type matters: the CSV files write it as the same text as ever, and
 * review.xlsx gives it its type — a number with its format, a word coloured by what it
 * says, a link to a file beside the workbook.
 */
public sealed interface TableValue {

	/** The cell as the CSV files write it (before neutralising). */
	String text();

	/**
	 * A number.
	 *
	 * @param text how the CSV files write it
	 * @param format the workbook's number format, e.g. {@code 0.0}
	 */
	record Number(double value, String text, String format) implements TableValue {
	}

	/**
	 * A word the workbook shades by its meaning (a RAG rating, a severity).
	 *
	 * @param fill the shade as RGB hex, e.g. {@code F4C7C3}; null for none
	 */
	record Shaded(String text, String fill) implements TableValue {
	}

	/**
	 * Text that links to a file beside the workbook.
	 *
	 * @param target the file, relative to the workbook's folder with '/' separators
	 */
	record Link(String text, String target) implements TableValue {
	}

	/** A score 0–100, to one decimal place. */
	static TableValue score(double score) {
		return new Number(score, Scores.format(score), "0.0");
	}

	/** A change in score, signed: "+4.2", "-1.0", "0.0" in the workbook. */
	static TableValue change(double change) {
		String text = Scores.formatChange(change);
		return new Number(Double.parseDouble(text), text, "+0.0;-0.0;0.0");
	}

	/** A share 0–1, shown in the workbook as a percentage. */
	static TableValue share(double share) {
		return new Number(share, Scores.formatShare(share), "0%");
	}

	/** A measure without a fixed precision, written in full. */
	static TableValue decimal(double value) {
		return new Number(value, String.valueOf(value), "0.00");
	}

	static TableValue rag(Rag rag) {
		return new Shaded(rag.csv(), switch (rag) {
			case RED -> Shades.RED;
			case AMBER -> Shades.AMBER;
			case GREEN -> Shades.GREEN;
			case COMPLETE -> Shades.BLUE;
			case NONE -> null;
		});
	}

	static TableValue severity(Severity severity) {
		return new Shaded(severity.csv(), switch (severity) {
			case ERROR -> Shades.RED;
			case WARNING -> Shades.AMBER;
			case INFO -> null;
		});
	}

	/** A plan's id, linking to its feedback. */
	static TableValue feedback(String planId) {
		return new Link(planId, OutputLayout.feedbackPdf(planId));
	}

	/**
	 * Any value as plain text, nothing neutralised: dates in ISO form, lists joined with
	 * "; ".
	 */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof TableValue typed) {
			return typed.text();
		}
		if (value instanceof LocalDate || value instanceof LocalDateTime) {
			return value.toString();
		}
		if (value instanceof List<?> list) {
			return String.join("; ", list.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}

	/** The shades, light enough for black text to read on them. */
	final class Shades {

		static final String RED = "F4C7C3";

		static final String AMBER = "FCE8B2";

		static final String GREEN = "B7E1CD";

		static final String BLUE = "C9DAF8";

		private Shades() {
		}

	}

}
