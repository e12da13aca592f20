package uk.gov.london.planreview.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.gov.london.planreview.plan.PlanCurrency;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.text.Listing;

/**
 * {@code planreview.documents} in application.yml: how documents are rendered, whom a
 * partnership contacts, and the thresholds behind the documents' judgements. Each is
 * named here once; the documents' templates see them as {@code settings}, so a sentence
 * that states a threshold always states the one in force.
 *
 * @param threads how many documents are rendered at once; 0 for one per processor core
 * @param contact whom a partnership contacts about its feedback, as a feedback's front
 * page says it
 * @param convener who convenes linking up between partnerships
 * @param revisedPlanWeeks a revised plan is due this many weeks after the review date
 * @param policeHeavyShare a plan with more than this share (0–1) of its actions led by
 * the police alone is almost entirely police actions
 * @param wellLedShare the share (0–1) of its actions that must name a lead organisation
 * before a plan's low police share counts as a strength: a plan with many actions led by
 * no one has a low police share by accident
 * @param staleAfterMonths a plan submitted, or a stock-take answered, more than this many
 * months before the last month of the quarter reviewed is out of date
 * @param supersededTemplates template versions a later one has replaced: a plan on one is
 * asked to move to the current template
 * @param draftWords words in a plan's file name that mark it as a draft
 * @param commonPracticeShare an idea that at least this share (0–1) of plans have is
 * common practice, reported apart from the good practice to share
 * @param quotesPerQuestion how many answers the stock-take quotes for each question, each
 * from a different authority
 */
@ConfigurationProperties("planreview.documents")
public record DocumentSettings(@DefaultValue("0") int threads, String contact, String convener, int revisedPlanWeeks,
		double policeHeavyShare, double wellLedShare, int staleAfterMonths, List<String> supersededTemplates,
		List<String> draftWords, double commonPracticeShare, int quotesPerQuestion) {

	public DocumentSettings {
		supersededTemplates = supersededTemplates == null ? List.of() : List.copyOf(supersededTemplates);
		draftWords = draftWords == null ? List.of() : List.copyOf(draftWords);
	}

	public int threadCount() {
		return this.threads > 0 ? this.threads : Runtime.getRuntime().availableProcessors();
	}

	/** Whether a plan is almost entirely police actions. */
	public boolean policeHeavy(double policeShare) {
		return policeShare > this.policeHeavyShare;
	}

	/** The date a revised plan is due, for a review of this date. */
	public LocalDate revisedPlanDue(LocalDate reviewed) {
		return reviewed.plusWeeks(this.revisedPlanWeeks);
	}

	/** Whether a plan is current, by these settings' thresholds. */
	public PlanCurrency currency() {
		return new PlanCurrency(this.staleAfterMonths, this.supersededTemplates, this.draftWords);
	}

	/**
	 * The replaced template versions as a sentence names them: "2017", "2017 and 2019".
	 */
	public String supersededTemplatesText() {
		return Listing.and(this.supersededTemplates);
	}

	/**
	 * Whether something dated so (a plan, a stock-take answer) is out of date for a
	 * review of the quarter.
	 */
	public boolean stale(LocalDate dated, Quarter quarter) {
		return currency().stale(dated, quarter);
	}

	/** Whether an idea that this many of so many plans have is common practice. */
	public boolean commonPractice(int plansWithIdea, int plans) {
		return plans > 0 && plansWithIdea >= this.commonPracticeShare * plans;
	}

}
