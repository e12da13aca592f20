package uk.gov.london.planreview.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

import uk.gov.london.planreview.quarter.Quarter;

/**
 * When the scheduled review runs: the cron in application.yml (by default 06:00 on the
 * first weekday of January, April, July and October), moved on past bank holidays, so it
 * runs on the first working day after each quarter ends. Each run reviews the quarter
 * that has just ended.
 */
public final class QuarterlySchedule {

	private final CronExpression cron;

	private final ZoneId zone;

	private final BankHolidays holidays;

	private final boolean skipBankHolidays;

	public QuarterlySchedule(String cron, ZoneId zone, BankHolidays holidays, boolean skipBankHolidays) {
		this.cron = CronExpression.parse(cron);
		this.zone = zone;
		this.holidays = holidays;
		this.skipBankHolidays = skipBankHolidays;
	}

	/** The first run after the given moment. */
	public ZonedDateTime next(ZonedDateTime after) {
		ZonedDateTime moment = after.withZoneSameInstant(this.zone);
		while (true) {
			ZonedDateTime fire = this.cron.next(moment);
			if (fire == null) {
				throw new IllegalStateException("The schedule's cron never fires again: " + this.cron);
			}
			ZonedDateTime shifted = shifted(fire);
			if (shifted.isAfter(after)) {
				return shifted;
			}
			moment = fire;
		}
	}

	/**
	 * The run of the current quarter that is already due, if any: the quarter just ended
	 * should have been reviewed at this time (for a program started after its due time,
	 * which then catches up).
	 */
	public Optional<ZonedDateTime> dueThisQuarter(ZonedDateTime now) {
		Quarter current = Quarter.containing(now.withZoneSameInstant(this.zone).toLocalDate());
		ZonedDateTime quarterStart = current.firstDay().atStartOfDay(this.zone);
		ZonedDateTime first = next(quarterStart.minusSeconds(1));
		return first.isAfter(now) ? Optional.empty() : Optional.of(first);
	}

	/** The quarter a run at this time reviews: the one that has just ended. */
	public Quarter quarterFor(ZonedDateTime run) {
		return Quarter.containing(run.withZoneSameInstant(this.zone).toLocalDate()).previous();
	}

	public ZoneId zone() {
		return this.zone;
	}

	private ZonedDateTime shifted(ZonedDateTime fire) {
		if (!this.skipBankHolidays) {
			return fire;
		}
		ZonedDateTime day = fire;
		while (!this.holidays.workingDay(LocalDate.from(day))) {
			day = day.plusDays(1);
		}
		return day;
	}

}
