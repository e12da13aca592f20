package uk.gov.london.planreview.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.london.planreview.quarter.Quarter;

class QuarterlyScheduleTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	final QuarterlySchedule schedule = new QuarterlySchedule("0 0 6 1W 1,4,7,10 *", LONDON, new BankHolidays(Set.of()),
			true);

	@ParameterizedTest(name = "after {0} the next review is at {1}")
	@CsvSource({
			// 1 January 2027 is a Friday and a bank holiday: the first working day is
			// Monday 4 January.
			"2026-11-25T12:00, 2027-01-04T06:00", "2027-01-04T07:00, 2027-04-01T06:00",
			// 1 April 2024 was Easter Monday.
			"2024-03-15T00:00, 2024-04-02T06:00",
			// 1 October 2022 was a Saturday.
			"2022-09-15T00:00, 2022-10-03T06:00",
			// 1 January 2026 is a Thursday and a bank holiday.
			"2025-10-02T00:00, 2026-01-02T06:00", "2026-06-30T23:00, 2026-07-01T06:00" })
	void runsAt6OnTheFirstWorkingDayAfterEachQuarter(String after, String expected) {
		ZonedDateTime next = this.schedule.next(ZonedDateTime.of(java.time.LocalDateTime.parse(after), LONDON));
		assertThat(next.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse(expected));
	}

	@Test
	void reviewsTheQuarterJustEnded() {
		assertThat(this.schedule.quarterFor(ZonedDateTime.of(2027, 1, 4, 6, 0, 0, 0, LONDON)))
			.isEqualTo(Quarter.parse("2026-Q4"));
		assertThat(this.schedule.quarterFor(ZonedDateTime.of(2026, 7, 1, 6, 0, 0, 0, LONDON)))
			.isEqualTo(Quarter.parse("2026-Q2"));
	}

	@Test
	void knowsWhenThisQuartersReviewWasAlreadyDue() {
		assertThat(this.schedule.dueThisQuarter(ZonedDateTime.of(2027, 1, 10, 9, 0, 0, 0, LONDON)))
			.contains(ZonedDateTime.of(2027, 1, 4, 6, 0, 0, 0, LONDON));
		assertThat(this.schedule.dueThisQuarter(ZonedDateTime.of(2027, 1, 2, 9, 0, 0, 0, LONDON))).isEmpty();
	}

	@Test
	void extraHolidaysAreSkippedToo() {
		QuarterlySchedule withExtra = new QuarterlySchedule("0 0 6 1W 1,4,7,10 *", LONDON,
				new BankHolidays(Set.of(LocalDate.of(2026, 7, 1))), true);
		assertThat(withExtra.next(ZonedDateTime.of(2026, 6, 1, 0, 0, 0, 0, LONDON)).toLocalDate())
			.isEqualTo(LocalDate.of(2026, 7, 2));
	}

	@Test
	void englandAndWalesBankHolidays2026() {
		assertThat(BankHolidays.of(2026)).containsExactlyInAnyOrder(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
				LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25),
				LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
	}

	@Test
	void oneOffBankHolidaysAreKnownWithoutBeingTypedIntoSettings() {
		BankHolidays holidays = new BankHolidays(Set.of());
		assertThat(holidays.holiday(LocalDate.of(2022, 6, 3))).as("the Platinum Jubilee").isTrue();
		assertThat(holidays.holiday(LocalDate.of(2022, 9, 19))).as("the Queen's state funeral").isTrue();
		assertThat(holidays.holiday(LocalDate.of(2023, 5, 8))).as("the coronation").isTrue();
		assertThat(holidays.holiday(LocalDate.of(2022, 5, 30))).as("the spring holiday moved that year").isFalse();
	}

}
