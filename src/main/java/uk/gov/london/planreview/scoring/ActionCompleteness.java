package uk.gov.london.planreview.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.scoring.ActionCheck.Item;

/**
 * Checks an action against what every action should carry (VRU 2021 notes): an outcome, a
 * baseline, a named lead and organisation, start and end dates, progress, a RAG status,
 * and comments or supporting documents. A cell that only says "TBC", "N/A" or "-" is
 * treated as empty. A completed action is not asked for dates or progress: it is done,
 * and "Complete" is its progress.
 */
public final class ActionCompleteness {

	private static final Pattern PLACEHOLDER = Pattern.compile(
			"^[\\s\\-–—?.…/x]*$|^(tbc|tbd|tba|n/?a|none|nil|to be confirmed|to be agreed|to be determined|unknown|not known|see above|as above|ditto)\\.?$",
			Pattern.CASE_INSENSITIVE);

	private final ScoringWeights.Fields weights;

	public ActionCompleteness(ScoringWeights.Fields weights) {
		this.weights = weights;
	}

	public ActionCheck check(Action action) {
		List<Item> missing = new ArrayList<>();
		double earned = 0;
		earned += credit(filled(action.outcome()), this.weights.outcome(), Item.OUTCOME, missing);
		earned += credit(filled(action.baseline()), this.weights.baseline(), Item.BASELINE, missing);
		earned += credit(filled(action.lead()), this.weights.lead(), Item.LEAD, missing);
		// An organisation named in the lead cell ("DS Patel (MPS)") counts as much as one
		// in its own column.
		earned += credit(
				action.leadOrganisations().stream().anyMatch(ActionCompleteness::filled)
						|| !action.partnerCategories().isEmpty(),
				this.weights.leadOrganisation(), Item.LEAD_ORGANISATION, missing);
		boolean done = action.rag() == Rag.COMPLETE;
		earned += credit(done || action.startDate() != null, this.weights.startDate(), Item.START_DATE, missing);
		earned += credit(done || action.endDate() != null, this.weights.endDate(), Item.END_DATE, missing);
		earned += credit(done || filled(action.progress()), this.weights.progress(), Item.PROGRESS, missing);
		earned += credit(action.rag().rated(), this.weights.rag(), Item.RAG, missing);
		earned += credit(filled(action.comments()) || filled(action.supportingDocuments()),
				this.weights.commentsOrDocuments(), Item.COMMENTS_OR_DOCUMENTS, missing);
		double total = this.weights.total();
		return new ActionCheck(total == 0 ? 0 : 100 * earned / total, List.copyOf(missing));
	}

	/** Whether a cell says something: not blank and not a placeholder such as "TBC". */
	public static boolean filled(String text) {
		return text != null && !text.isBlank() && !PLACEHOLDER.matcher(text.trim()).matches();
	}

	private static double credit(boolean present, double weight, Item item, List<Item> missing) {
		if (present) {
			return weight;
		}
		if (weight > 0) {
			missing.add(item);
		}
		return 0;
	}

}
