package uk.gov.london.planreview.report;

/**
 * How a plan stands, as the documents judge it: its band among London's plans by overall
 * score (bands, not ranks: many plans lie within a few points of each other), whether it
 * rests on the police, and whether it is current. The thresholds are the settings'
 * ({@link DocumentSettings}).
 *
 * @param band {@code top} (at or above London's upper quartile), {@code bottom} (at or
 * below the lower quartile) or {@code middle}
 * @param policeHeavy more than the settings' share of its actions are led by the police
 * alone
 * @param wellLed enough of its actions name a lead organisation for its police share to
 * mean something
 * @param police how much rests on the police beside London's plans: {@code heavy},
 * {@code unled} (too few actions name a lead to tell), {@code less} (at or below the
 * lower quartile, and below the median), {@code more} (at or above the upper quartile,
 * and above the median) or {@code same}
 * @param stale submitted longer ago than the settings allow
 * @param submitted the submission month ("December 2021"), or empty when the plan gives
 * no date
 * @param draft its file name says it is a draft
 * @param superseded it is on a template a later one has replaced
 * @param monthsOld whole months between its submission and the quarter's last month (0
 * when undated)
 */
public record PlanStanding(String band, boolean policeHeavy, boolean wellLed, String police, boolean stale,
		String submitted, boolean draft, boolean superseded, int monthsOld) {

	/** Out of date, a draft or on a superseded template: a current plan is asked for. */
	public boolean needsRefresh() {
		return this.stale || this.draft || this.superseded;
	}

}
