package uk.gov.london.planreview.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import uk.gov.london.planreview.quarter.Quarter;

/** Option values as people type them, refused with a sentence that says what to type. */
final class Conversions {

	/** The dates a review may carry: those of the quarters it may review. */
	private static final LocalDate FIRST = LocalDate.of(Quarter.FIRST_YEAR, 1, 1);

	private static final LocalDate LAST = LocalDate.of(Quarter.LAST_YEAR, 12, 31);

	private Conversions() {
	}

	static final class QuarterConverter implements ITypeConverter<Quarter> {

		@Override
		public Quarter convert(String value) {
			try {
				return Quarter.parse(value);
			}
			catch (IllegalArgumentException ex) {
				throw new TypeConversionException(ex.getMessage());
			}
		}

	}

	static final class DateConverter implements ITypeConverter<LocalDate> {

		@Override
		public LocalDate convert(String value) {
			LocalDate date;
			try {
				date = LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw new TypeConversionException(
						"write the date as YYYY-MM-DD, for example 2026-12-01, not \"" + value + "\".");
			}
			if (date.isBefore(FIRST) || date.isAfter(LAST)) {
				throw new TypeConversionException(
						"give a date from " + FIRST + " to " + LAST + ", not \"" + value + "\".");
			}
			return date;
		}

	}

}
