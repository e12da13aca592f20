package uk.gov.london.planreview.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import uk.gov.london.planreview.plan.PlanCurrency;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.stocktake.StocktakeReading;
import uk.gov.london.planreview.stocktake.StocktakeResponse;

/**
 * When London Councils' stock-take was answered, as the documents date it: the month (or
 * months) of the standing responses, and whether that is out of date for the quarter
 * reviewed ({@link DocumentSettings#stale}).
 *
 * @param when "May 2018", or "May to June 2018"; empty when no response is dated
 * @param monthsOld how old the latest answer is, in whole months (0 when undated)
 */
public record Survey(String when, boolean stale, int responses, int monthsOld) {

	private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

	public static Survey of(StocktakeReading reading, Quarter quarter, DocumentSettings settings) {
		Optional<LocalDate> first = dates(reading).min(LocalDate::compareTo);
		Optional<LocalDate> last = dates(reading).max(LocalDate::compareTo);
		String when = first.isEmpty() ? "" : span(first.get(), last.get());
		return new Survey(when, last.map(d -> settings.stale(d, quarter)).orElse(false), reading.responses().size(),
				PlanCurrency.monthsOld(last.orElse(null), quarter));
	}

	private static java.util.stream.Stream<LocalDate> dates(StocktakeReading reading) {
		return reading.responses()
			.stream()
			.map(StocktakeResponse::respondedAt)
			.filter(Objects::nonNull)
			.map(LocalDateTime::toLocalDate);
	}

	private static String span(LocalDate first, LocalDate last) {
		if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
			return ReviewData.MONTH.format(first);
		}
		return (first.getYear() == last.getYear() ? MONTH_ONLY.format(first) : ReviewData.MONTH.format(first)) + " to "
				+ ReviewData.MONTH.format(last);
	}

}
