package uk.gov.london.planreview.report.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.report.Items;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.ActionCheck;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.SignOff;

/**
 * Precisely what to improve in one plan, most important first: mandatory actions missing
 * or left as the template wrote them, what actions lack (by reference), sign-off, and
 * reliance on the police.
 */
public final class Improvements {

	/** Police share above this is worth saying: most actions rest on the police alone. */
	static final double HIGH_POLICE_SHARE = 0.5;

	private Improvements() {
	}

	public static List<Improvement> of(PlanView plan, ReviewData data) {
		List<Improvement> list = new ArrayList<>();
		int actions = plan.actions().size();

		List<MandatoryGap> missing = plan.score().mandatoryGaps().stream().filter(MandatoryGap::missing).toList();
		if (!missing.isEmpty()) {
			list.add(new Improvement("mandatory-missing",
					Prose.capitalise(Prose.count(missing.size(), "mandatory action of the template is",
							"mandatory actions of the template are")) + " missing from the plan",
					"Add " + (missing.size() == 1 ? "it" : "each")
							+ ", with an outcome, a named lead and dates, or say in the comments why it does not apply.",
					List.of(),
					missing.stream().map(g -> g.templateRef() + " " + g.text() + " (" + g.theme() + ")").toList(), 0));
		}
		List<MandatoryGap> unfilled = plan.score().mandatoryGaps().stream().filter(g -> !g.missing()).toList();
		if (!unfilled.isEmpty()) {
			List<String> details = new ArrayList<>();
			for (MandatoryGap gap : unfilled) {
				int index = indexOf(plan, gap.templateRef());
				String lacks = index < 0 ? ""
						: ": add " + Prose.list(plan.checks().get(index).missing().stream().map(Item::words).toList());
				details.add(gap.templateRef() + " " + gap.text() + lacks);
			}
			list.add(new Improvement("mandatory-unfilled",
					Prose.capitalise(Prose.count(unfilled.size(), "mandatory action is", "mandatory actions are"))
							+ " in the plan but left much as the template wrote "
							+ (unfilled.size() == 1 ? "it" : "them"),
					"Fill in what each should carry.", List.of(), details, 1));
		}

		for (Item item : Items.counted(data.weights().fields())) {
			if (Items.DATES.contains(item)) {
				continue;
			}
			List<Action> lacking = plan.actionsMissing(List.of(item));
			if (!lacking.isEmpty()) {
				list.add(new Improvement("lacking-" + item.csv().replace('_', '-'),
						Prose.figure(lacking.size()) + " of " + Prose.figures(actions, "action", "actions") + " "
								+ (lacking.size() == 1 ? "has " : "have ") + Items.lacking(item),
						advice(item), lacking.stream().map(PlanView::label).toList(), List.of(),
						10 - Items.weight(item, data.weights().fields())
								+ (1.0 - (double) lacking.size() / Math.max(1, actions))));
			}
		}
		List<Item> dates = Items.DATES.stream().filter(i -> Items.weight(i, data.weights().fields()) > 0).toList();
		if (!dates.isEmpty()) {
			List<Action> lacking = plan.actionsMissing(dates);
			if (!lacking.isEmpty()) {
				double weight = dates.stream().mapToDouble(i -> Items.weight(i, data.weights().fields())).sum();
				list.add(new Improvement("lacking-dates",
						Prose.figure(lacking.size()) + " of " + Prose.figures(actions, "action", "actions") + " "
								+ (lacking.size() == 1 ? "lacks" : "lack") + " a start date, an end date or both",
						"Give each a start and an end date; an estimate is fine, and “ongoing” is not a date.",
						lacking.stream().map(PlanView::label).toList(), List.of(),
						10 - weight + (1.0 - (double) lacking.size() / Math.max(1, actions))));
			}
		}

		SignOff signOff = plan.score().signedOff();
		if (signOff == SignOff.NO || signOff == SignOff.PARTLY) {
			String who = Prose.list(SignOff.missing(plan.plan().signatories(), plan.plan().authorities()));
			list.add(new Improvement("sign-off",
					signOff == SignOff.NO ? "The plan is not signed off" : "The plan is only partly signed off",
					"It still needs the sign-off of " + who + ": each gives a name, a date and a signature.", List.of(),
					List.of(), 2));
		}

		if (actions > 0 && plan.score().policeShare() > HIGH_POLICE_SHARE) {
			long policeOnly = plan.actions()
				.stream()
				.filter(a -> a.partnerCategories().size() == 1
						&& PartnerTaxonomy.isPolice(a.partnerCategories().get(0)))
				.count();
			list.add(new Improvement("police-share",
					Prose.figure(policeOnly) + " of " + Prose.figures(actions, "action", "actions")
							+ " are led by the police alone",
					"Plans that are almost entirely police actions do not draw on the CSP’s wider work: ask partners to own actions where they have a part to play.",
					List.of(), List.of(), 3));
		}
		List<String> absent = data.partnerCategories()
			.stream()
			.filter(c -> !plan.score().partnerCategories().contains(c))
			.toList();
		if (!absent.isEmpty()
				&& plan.score().partnerCategories().size() < data.weights().breadth().targetCategories()) {
			list.add(
					new Improvement("partners",
							"Actions are led by " + Prose.count(plan.score().partnerCategories().size()) + " of the "
									+ Prose.count(data.partnerCategories().size()) + " kinds of partner",
							"No action is led by "
									+ Prose.listOr(absent.stream()
										.map(c -> c.toLowerCase(Locale.UK).replace("mopac / vru", "MOPAC / VRU"))
										.toList())
									+ ". Where one of these partners has a part to play, name it as lead.",
							List.of(), List.of(), 9));
		}
		list.sort(Comparator.comparingDouble(Improvement::priority));
		return list;
	}

	private static int indexOf(PlanView plan, String templateRef) {
		for (int i = 0; i < plan.actions().size(); i++) {
			if (plan.actions().get(i).templateRef().equalsIgnoreCase(templateRef)) {
				return i;
			}
		}
		return -1;
	}

	private static String advice(Item item) {
		return switch (item) {
			case OUTCOME -> "Say what each action will achieve, as a measurable outcome.";
			case BASELINE -> "Give a baseline where one is suitable, so progress can be measured.";
			case LEAD -> "Name a person who owns each action, not only an organisation.";
			case LEAD_ORGANISATION -> "Name the organisation that leads each action.";
			case PROGRESS -> "Say what has been done so far.";
			case RAG -> "Rate each action red, amber or green (or complete).";
			case COMMENTS_OR_DOCUMENTS ->
				"Add comments (planned reviews, or why an action will not be done) or supporting documents.";
			default -> "Complete it for each action.";
		};
	}

	/** What an action lacks, as the appendix lists it. */
	static String lacks(ActionCheck check) {
		return Prose.capitalise(Prose.list(check.missing().stream().map(Item::words).toList()));
	}

}
