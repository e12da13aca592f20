package uk.gov.london.planreview.report.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.report.Items;
import uk.gov.london.planreview.report.PlanStanding;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.Timescales;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.ActionCheck;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.SignOff;

/**
 * Precisely what to improve in one plan, most important first: a current plan when this
 * one is out of date, a draft or on a replaced template; new end dates when every dated
 * action was due to end before the quarter; mandatory actions missing or left as the
 * template wrote them; sign-off; reliance on the police; what actions lack (by
 * reference); and partners who lead nothing.
 */
public final class Improvements {

	private Improvements() {
	}

	public static List<Improvement> of(PlanView plan, ReviewData data) {
		List<Improvement> list = new ArrayList<>();
		int actions = plan.actions().size();
		PlanStanding standing = data.standing(plan);
		if (standing.needsRefresh()) {
			list.add(new Improvement("refresh", "refresh", "", 0, 0, List.of(), List.of(), List.of(), -1));
		}
		Timescales timescales = Timescales.of(List.of(plan), data.quarter());
		if (!standing.needsRefresh() && !timescales.ended().isEmpty() && timescales.pastEnd() > 0) {
			List<String> past = plan.actions()
				.stream()
				.filter(a -> Timescales.overdue(a, data.quarter()))
				.map(PlanView::label)
				.toList();
			list.add(new Improvement("timescales", "timescales", timescales.latestEnd(), past.size(), actions, past,
					List.of(), List.of(), 0.5));
		}
		List<MandatoryGap> missing = plan.score().mandatoryGaps().stream().filter(MandatoryGap::missing).toList();
		if (!missing.isEmpty()) {
			list.add(new Improvement("mandatory-missing", "mandatory-missing", "", missing.size(),
					mandatoryExpected(plan), List.of(),
					missing.stream()
						.map(g -> new Improvement.Detail(g.templateRef(), g.text(), g.theme(), List.of()))
						.toList(),
					List.of(), 0));
		}
		List<MandatoryGap> unfilled = plan.score().mandatoryGaps().stream().filter(g -> !g.missing()).toList();
		if (!unfilled.isEmpty()) {
			List<Improvement.Detail> details = new ArrayList<>();
			for (MandatoryGap gap : unfilled) {
				int index = indexOf(plan, gap.templateRef());
				details.add(new Improvement.Detail(gap.templateRef(), gap.text(), gap.theme(),
						index < 0 ? List.of() : plan.checks().get(index).missing().stream().map(Item::csv).toList()));
			}
			list.add(new Improvement("mandatory-unfilled", "mandatory-unfilled", "", unfilled.size(),
					mandatoryExpected(plan), List.of(), details, List.of(), 1));
		}
		SignOff signOff = plan.score().signedOff();
		if (signOff == SignOff.NO || signOff == SignOff.PARTLY) {
			// Who has still to sign, by role and, in a joint plan, by authority; a role
			// with no box on the cover counts too.
			List<String> unsigned = SignOff.missing(plan.plan().signatories(), plan.plan().authorities());
			list.add(new Improvement("sign-off", "sign-off", signOff.csv(), unsigned.size(), 0, List.of(), List.of(),
					unsigned, 2));
		}
		if (actions > 0 && standing.policeHeavy()) {
			int policeOnly = (int) plan.actions()
				.stream()
				.filter(a -> a.partnerCategories().size() == 1
						&& PartnerTaxonomy.isPolice(a.partnerCategories().get(0)))
				.count();
			// Before sign-off: a plan that rests on the police needs its partners before
			// their signatures.
			list.add(
					new Improvement("police", "police", "", policeOnly, actions, List.of(), List.of(), List.of(), 1.5));
		}
		for (Item item : Items.counted(data.weights().fields())) {
			if (Items.DATES.contains(item)) {
				continue;
			}
			List<Action> lacking = plan.actionsMissing(List.of(item));
			if (!lacking.isEmpty()) {
				list.add(new Improvement("lacking-" + item.csv().replace('_', '-'), "lacking", item.csv(),
						lacking.size(), actions, lacking.stream().map(PlanView::label).toList(), List.of(), List.of(),
						10 - Items.weight(item, data.weights().fields())
								+ (1.0 - (double) lacking.size() / Math.max(1, actions))));
			}
		}
		List<Item> dates = Items.DATES.stream().filter(i -> Items.weight(i, data.weights().fields()) > 0).toList();
		if (!dates.isEmpty()) {
			List<Action> lacking = plan.actionsMissing(dates);
			if (!lacking.isEmpty()) {
				double weight = dates.stream().mapToDouble(i -> Items.weight(i, data.weights().fields())).sum();
				list.add(new Improvement("lacking-dates", "lacking-dates", Items.DATES_KEY, lacking.size(), actions,
						lacking.stream().map(PlanView::label).toList(), List.of(), List.of(),
						10 - weight + (1.0 - (double) lacking.size() / Math.max(1, actions))));
			}
		}
		List<String> absent = data.partnerCategories()
			.stream()
			.filter(c -> !plan.score().partnerCategories().contains(c))
			.toList();
		if (!absent.isEmpty()
				&& plan.score().partnerCategories().size() < data.weights().breadth().targetCategories()) {
			list.add(new Improvement("partners", "partners", "", plan.score().partnerCategories().size(),
					data.partnerCategories().size(), List.of(), List.of(), absent, 9));
		}
		list.sort(Comparator.comparingDouble(Improvement::priority));
		return list;
	}

	private static int mandatoryExpected(PlanView plan) {
		return plan.score().themes().stream().mapToInt(t -> t.mandatoryExpected()).sum();
	}

	private static int indexOf(PlanView plan, String templateRef) {
		for (int i = 0; i < plan.actions().size(); i++) {
			if (plan.actions().get(i).templateRef().equalsIgnoreCase(templateRef)) {
				return i;
			}
		}
		return -1;
	}

}
