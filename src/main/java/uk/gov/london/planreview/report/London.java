package uk.gov.london.planreview.report;

import java.util.ArrayList;
import java.util.List;

import uk.gov.london.planreview.scoring.ActionCheck;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.SignOff;

/**
 * The London-wide counts more than one part of the review states (the front page, the
 * overall standard, partnership, areas for development), worked out once so that they
 * always agree.
 *
 * @param carry each thing every action should carry, and how many actions carry it
 * @param policeHeavy the plans that are almost entirely police actions
 * @param signOffAsked plans whose template asks for sign-off
 * @param refresh plans out of date, draft or on a superseded template
 */
public record London(int plans, int actions, List<Carry> carry, List<PlanView> policeHeavy, int fullCoverage,
		int signOffAsked, int signedOff, int partlySigned, int notSigned, int top, int middle, int bottom,
		List<PlanView> refresh, List<PlanView> stale, List<PlanView> draft, List<PlanView> superseded) {

	/**
	 * One thing every action should carry ({@code w.item(key)} in the templates), and how
	 * many actions carry it.
	 */
	public record Carry(String key, long have, String share) {
	}

	public static London of(ReviewData data) {
		List<PlanView> plans = data.plans();
		int total = data.totalActions();
		List<ActionCheck> checks = plans.stream().flatMap(p -> p.checks().stream()).toList();
		List<Carry> carry = new ArrayList<>();
		for (Item item : Items.counted(data.weights().fields())) {
			long have = checks.stream().filter(c -> !c.missing().contains(item)).count();
			carry.add(new Carry(item.csv(), have, Prose.percent(have, total)));
		}
		long withDates = checks.stream().filter(c -> c.missing().stream().noneMatch(Items.DATES::contains)).count();
		carry.add(new Carry(Items.DATES_KEY, withDates, Prose.percent(withDates, total)));
		List<PlanView> asked = plans.stream().filter(p -> p.score().signedOff() != SignOff.NOT_REQUIRED).toList();
		return new London(plans.size(), total, carry,
				plans.stream().filter(p -> data.standing(p).policeHeavy()).toList(),
				(int) plans.stream().filter(p -> p.score().mandatoryCoverage() >= 100).count(), asked.size(),
				count(asked, SignOff.YES), count(asked, SignOff.PARTLY), count(asked, SignOff.NO), band(data, "top"),
				band(data, "middle"), band(data, "bottom"),
				plans.stream().filter(p -> data.standing(p).needsRefresh()).toList(),
				plans.stream().filter(p -> data.standing(p).stale()).toList(),
				plans.stream().filter(p -> data.standing(p).draft()).toList(),
				plans.stream().filter(p -> data.standing(p).superseded()).toList());
	}

	/**
	 * The plans that are not current, grouped by why: those on a replaced template and
	 * submitted long ago together, for instance, so that a reader does not add the groups
	 * up.
	 */
	public List<Refresh> refreshGroups(ReviewData data) {
		java.util.Map<List<Boolean>, List<PlanView>> groups = new java.util.LinkedHashMap<>();
		for (PlanView plan : this.refresh) {
			PlanStanding s = data.standing(plan);
			groups.computeIfAbsent(List.of(s.superseded(), s.stale(), s.draft()), k -> new ArrayList<>()).add(plan);
		}
		List<Refresh> refresh = new ArrayList<>();
		groups.forEach((why, plans) -> refresh.add(new Refresh(why.get(0), why.get(1), why.get(2), names(plans),
				plans.stream().mapToInt(p -> data.standing(p).monthsOld()).min().orElse(0))));
		refresh.sort((a, b) -> Integer.compare(b.plans().size(), a.plans().size()));
		return refresh;
	}

	/**
	 * Plans not current for the same reasons.
	 *
	 * @param monthsOld how old the newest of them is, in whole months
	 */
	public record Refresh(boolean superseded, boolean stale, boolean draft, List<String> plans, int monthsOld) {
	}

	/** How many actions carry the item (by its key). */
	public long have(String key) {
		return this.carry.stream().filter(c -> c.key().equals(key)).mapToLong(Carry::have).findFirst().orElse(0);
	}

	/** The names of plans, as a reader says them, in alphabetical order. */
	public static List<String> names(List<PlanView> plans) {
		return plans.stream().map(PlanView::name).sorted().toList();
	}

	private static int count(List<PlanView> plans, SignOff signOff) {
		return (int) plans.stream().filter(p -> p.score().signedOff() == signOff).count();
	}

	private static int band(ReviewData data, String band) {
		return (int) data.plans().stream().filter(p -> data.standing(p).band().equals(band)).count();
	}

}
