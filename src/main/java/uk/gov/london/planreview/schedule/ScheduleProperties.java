package uk.gov.london.planreview.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planreview.schedule} in application.yml: when {@code ./run.sh --schedule}
 * reviews.
 *
 * @param cron Spring cron (second minute hour day-of-month month day-of-week)
 * @param zone the time zone the cron is read in
 * @param skipBankHolidays move a run that falls on an England and Wales bank holiday to
 * the next working day
 * @param extraHolidays one-off bank holidays to skip as well
 */
@ConfigurationProperties("planreview.schedule")
public record ScheduleProperties(@DefaultValue("0 0 6 1W 1,4,7,10 *") String cron,
		@DefaultValue("Europe/London") ZoneId zone, @DefaultValue("true") boolean skipBankHolidays,
		@DefaultValue List<LocalDate> extraHolidays) {

	QuarterlySchedule schedule() {
		return new QuarterlySchedule(this.cron, this.zone, new BankHolidays(Set.copyOf(this.extraHolidays)),
				this.skipBankHolidays);
	}

}
