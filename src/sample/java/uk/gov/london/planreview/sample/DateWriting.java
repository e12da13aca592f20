package uk.gov.london.planreview.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import uk.gov.london.planreview.plan.Rag;

/**
 * How a plan writes when an action happens: real dates, dates typed as text, a target
 * date alone, or a timescale in words — and the "Ongoing" and "TBC" that stand in for
 * them.
 */
final class DateWriting {

	private final Composition plan;

	private final Dice dice;

	DateWriting(Composition plan) {
		this.plan = plan;
		this.dice = plan.dice;
	}

	/**
	 * When an action happens, as its cells hold it.
	 *
	 * @param start a {@link LocalDate}, text, or null
	 * @param end a {@link LocalDate}, text, or null
	 * @param timescale the timescale in words, or null
	 */
	record When(Object start, Object end, String timescale) {

		static final When BLANK = new When(null, null, null);

	}

	/** Start, end and timescale text, as this plan writes dates. */
	When of(Rag rag, boolean developing) {
		LocalDate start = this.plan.period.start().plusMonths(this.dice.between(0, 8));
		LocalDate end = start.plusMonths(this.dice.between(5, 17)).withDayOfMonth(1).minusDays(1);
		if (end.isAfter(this.plan.period.end())) {
			end = this.plan.period.end();
		}
		if (developing) {
			return switch (this.plan.profile.dateMode()) {
				case TIMESCALE -> new When(null, null, "TBC");
				default -> new When("TBC", "TBC", null);
			};
		}
		String word = this.dice.chance(0.12)
				? rag == Rag.COMPLETE ? "Complete" : this.dice.pick("Ongoing", "TBC", "Annual", "Ongoing") : null;
		return switch (this.plan.profile.dateMode()) {
			case REAL -> new When(start, word != null ? word : end, null);
			case TARGET -> new When(null, word != null ? word : this.dice.chance(0.7) ? end : textDate(end, true), null);
			case TEXT -> new When(textDate(start, false), word != null ? word : textDate(end, true), null);
			case TIMESCALE -> new When(null, null, word != null ? word : timescale(start, end));
		};
	}

	/** A span in words: "Sept 2021 – Mar 2022", "Q3 2021/22", "By March 2022", ... */
	String timescale(LocalDate start, LocalDate end) {
		return switch (this.dice.between(0, 5)) {
			case 0 -> Period.shortMonth(start) + " " + start.getYear() + " – " + Period.shortMonth(end) + " "
					+ end.getYear();
			case 1 -> Period.quarter(end);
			case 2 -> Period.financialYear(start).replace("/", "-");
			case 3 -> Period.longMonth(start) + " " + start.getYear() + " - " + Period.longMonth(end) + " "
					+ end.getYear();
			case 4 -> "By " + Period.longMonth(end) + " " + end.getYear();
			default -> Period.financialYear(start) + " – " + Period.financialYear(end);
		};
	}

	private String textDate(LocalDate date, boolean end) {
		return switch (this.dice.between(0, end ? 5 : 3)) {
			case 0 -> Period.shortMonth(date) + " " + date.getYear();
			case 1 -> Period.longMonth(date) + " " + String.format("%02d", date.getYear() % 100);
			case 2 -> date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
			case 3 -> Period.quarter(date);
			case 4 -> Period.longMonth(date) + " " + date.getYear();
			default -> "End of " + Period.longMonth(date) + " " + date.getYear();
		};
	}

}
