package uk.gov.london.planreview.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.plan.Signatory;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.template.TemplateCatalogue;
import uk.gov.london.planreview.template.TemplateVersion;

/**
 * Each scoring rule pinned on small plans with exact values, under the shipped default
 * weights.
 */
class PlanScorerTests {

	static final TemplateCatalogue CATALOGUE = TemplateCatalogue.load(ReferenceData.packaged());

	static final AuthorityDirectory AUTHORITIES = AuthorityDirectory.load(ReferenceData.packaged());

	static final TemplateVersion V2021 = CATALOGUE.version("2021").orElseThrow();

	static final TemplateVersion V2017 = CATALOGUE.version("2017").orElseThrow();

	private final PlanScorer scorer = new PlanScorer(ScoringWeights.defaults());

	@Test
	void anActionWithEverythingIsComplete() {
		assertThat(this.scorer.check(full("1.1", "Police")).completeness()).isEqualTo(100.0);
		assertThat(this.scorer.check(full("1.1", "Police")).missing()).isEmpty();
	}

	@Test
	void completenessWeighsWhatIsMissing() {
		// Default weights total 16: no lead (3) and no end date (1) leaves 12 of 16.
		Action action = with(full("1.1", "Police"), "", null, Rag.GREEN, "Progress");
		ActionCheck check = this.scorer.check(action);
		assertThat(check.completeness()).isEqualTo(75.0);
		assertThat(check.missing()).containsExactly(Item.LEAD, Item.END_DATE);
	}

	/**
	 * Camden's 3.3 says "Complete" where its end date goes and is rated complete: it is
	 * not asked for dates or progress, but still for the lead it lacks.
	 */
	@Test
	void aCompletedActionIsNotAskedForDatesOrProgress() {
		Action done = with(full("3.3", "Police"), "", null, Rag.COMPLETE, "");
		assertThat(this.scorer.check(done).missing()).containsExactly(Item.LEAD);
		Action going = with(full("3.3", "Police"), "", null, Rag.GREEN, "");
		assertThat(this.scorer.check(going).missing()).containsExactly(Item.LEAD, Item.END_DATE, Item.PROGRESS);
	}

	@Test
	void placeholdersCountAsEmpty() {
		Action action = with(full("1.1", "Police"), "TBC", LocalDate.of(2027, 3, 31), Rag.NONE, "n/a");
		assertThat(this.scorer.check(action).missing()).containsExactly(Item.LEAD, Item.PROGRESS, Item.RAG);
	}

	@Test
	void mandatoryCoverageCountsPresentAndFilledInFullAndUntouchedHalf() {
		List<Action> actions = new ArrayList<>();
		// Of the 2021 template's 21 mandatory actions: 19 filled in, one left as the
		// template wrote it, one missing.
		V2021.mandatoryActions()
			.stream()
			.limit(19)
			.forEach(m -> actions.add(mandatory(m.ref(), full(m.ref(), "Police"))));
		var untouched = V2021.mandatoryActions().get(19);
		actions.add(new Action("Actions", 40, untouched.theme(), untouched.ref(), ActionType.MANDATORY, untouched.ref(),
				untouched.text(), "", "", "", List.of(), List.of(), null, null, "", "", Rag.NONE, "", "", false));

		PlanScore score = this.scorer.score(plan(actions, V2021, signed(3)), V2021);

		assertThat(V2021.mandatoryActions()).hasSize(21);
		// (19 + 0.5) / 21
		assertThat(score.mandatoryCoverage()).isEqualTo(92.9);
		assertThat(score.mandatoryGaps())
			.extracting(PlanScore.MandatoryGap::templateRef, PlanScore.MandatoryGap::missing)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(untouched.ref(), false),
					org.assertj.core.groups.Tuple.tuple(V2021.mandatoryActions().get(20).ref(), true));
	}

	@Test
	void signOffNeedsAllThreeSignaturesAndIsNotAskedOf2017Plans() {
		List<Action> actions = List.of(full("1.1", "Police"));
		assertThat(this.scorer.score(plan(actions, V2021, signed(3)), V2021).signedOff()).isEqualTo(SignOff.YES);
		assertThat(this.scorer.score(plan(actions, V2021, signed(1)), V2021).signedOff()).isEqualTo(SignOff.PARTLY);
		assertThat(this.scorer.score(plan(actions, V2021, signed(0)), V2021).signedOff()).isEqualTo(SignOff.NO);
		assertThat(this.scorer.score(plan(actions, V2017, List.of()), V2017).signedOff())
			.isEqualTo(SignOff.NOT_REQUIRED);
	}

	@Test
	void breadthRewardsManyEvenlySpreadCategories() {
		PlanScorer scorer = this.scorer;
		// One category: 1/8 of the count marks, no evenness: 70 × 0.125 / 100 × 100 =
		// 8.75.
		assertThat(scorer.breadth(Map.of("Police", 10.0))).isCloseTo(8.75, within(1e-9));
		// Eight equal categories: full marks.
		Map<String, Double> eight = new java.util.HashMap<>();
		for (int i = 0; i < 8; i++) {
			eight.put("c" + i, 2.0);
		}
		assertThat(scorer.breadth(eight)).isCloseTo(100.0, within(1e-9));
		// Two categories, 3:1: count 2/8 and evenness H(0.75, 0.25)/ln 2.
		double evenness = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)) / Math.log(2);
		assertThat(scorer.breadth(Map.of("a", 3.0, "b", 1.0))).isCloseTo(70 * 0.25 + 30 * evenness, within(1e-9));
	}

	@Test
	void ownershipIsSharedBetweenTheCategoriesOfAnAction() {
		Map<String, Double> ownership = PlanScorer
			.ownership(List.of(full("1.1", "Police", "Youth offending service"), full("1.2", "Police")));
		assertThat(ownership).containsExactlyInAnyOrderEntriesOf(Map.of("Police", 1.5, "Youth offending service", 0.5));
	}

	@Test
	void policeOnlyPlanHasHighPoliceShareAndNarrowBreadth() {
		List<Action> policeOnly = new ArrayList<>();
		List<Action> partnership = new ArrayList<>();
		String[] categories = { "Police", "Community safety", "Youth offending service", "Public health", "Education",
				"Housing", "Children's social care", "Voluntary and community sector", "Health", "Probation" };
		for (int i = 0; i < 20; i++) {
			policeOnly.add(full("2." + i, "Police"));
			partnership.add(full("2." + i, categories[i % categories.length]));
		}

		PlanScore police = this.scorer.score(plan(policeOnly, V2021, signed(3)), V2021);
		PlanScore wide = this.scorer.score(plan(partnership, V2021, signed(3)), V2021);

		assertThat(police.policeShare()).isEqualTo(1.0);
		assertThat(wide.policeShare()).isEqualTo(0.1);
		assertThat(police.partnershipBreadth()).isEqualTo(8.8);
		assertThat(wide.partnershipBreadth()).isEqualTo(100.0);
		assertThat(police.partnerCategories()).containsExactly("Police");
		assertThat(wide.partnerCategories()).hasSize(10);
	}

	@Test
	void removingHalfTheLeadsLowersCompleteness() {
		List<Action> all = new ArrayList<>();
		List<Action> halfLeads = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Action action = full("4." + i, "Education");
			all.add(action);
			halfLeads.add(i % 2 == 0 ? action : with(action, "", action.endDate(), action.rag(), action.progress()));
		}

		double before = this.scorer.score(plan(all, V2021, signed(3)), V2021).completeness();
		double after = this.scorer.score(plan(halfLeads, V2021, signed(3)), V2021).completeness();

		assertThat(before).isEqualTo(100.0);
		// Half the actions lose 3 of 16: 100 − 0.5 × 18.75.
		assertThat(after).isEqualTo(90.6);
	}

	@Test
	void overallIsTheWeightedMeanAndLeavesOutSignOffFor2017() {
		List<Action> actions = List.of(full("9.9", "Police"));
		PlanScore score2021 = this.scorer.score(plan(actions, V2021, signed(0)), V2021);
		PlanScore score2017 = this.scorer.score(plan(actions, V2017, List.of()), V2017);

		// (40 × 100 + 30 × 0 + 20 × 8.8 + 10 × 0) / 100
		assertThat(score2021.overall()).isEqualTo(41.8);
		// (40 × 100 + 30 × 0 + 20 × 8.8) / 90
		assertThat(score2017.overall()).isEqualTo(46.4);
	}

	@Test
	void themesFollowTemplateOrderWithTheirMandatoryCounts() {
		PlanScore score = this.scorer.score(plan(List.of(mandatory("1.1", full("1.1", "Police"))), V2021, signed(3)),
				V2021);

		assertThat(score.themes()).extracting(PlanScore.ThemeScore::theme)
			.startsWith("Governance", "Analysis and enforcement");
		assertThat(score.themes().get(0)).isEqualTo(new PlanScore.ThemeScore("Governance", 1, 100.0, 3, 1));
		assertThat(score.themes().get(1).actions()).isZero();
	}

	@Test
	void rankingSharesRanksOnEqualScores() {
		List<PlanScore> ranked = PlanScorer
			.rank(List.of(score("A", 50), score("B", 70), score("C", 50), score("D", 40)));
		assertThat(ranked).extracting(PlanScore::planId, PlanScore::rank)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("B", 1), org.assertj.core.groups.Tuple.tuple("A", 2),
					org.assertj.core.groups.Tuple.tuple("C", 2), org.assertj.core.groups.Tuple.tuple("D", 4));
	}

	private static PlanScore score(String id, double overall) {
		return new PlanScore(id, id, id + ".xlsx", "2021", 1, 0, 0, 0, List.of(), 0, SignOff.YES, overall, 0, List.of(),
				List.of());
	}

	static Action full(String ref, String... categories) {
		return new Action("Actions", 2, "Governance", ref, ActionType.LOCAL, "", "Action " + ref, "An outcome",
				"A baseline", "A named lead", List.of(categories[0]), List.of(categories), LocalDate.of(2026, 4, 1),
				LocalDate.of(2027, 3, 31), "", "Some progress", Rag.GREEN, "A comment", "", false);
	}

	static Action mandatory(String templateRef, Action action) {
		var m = V2021.mandatoryAction(templateRef).orElseThrow();
		return new Action(action.sheet(), action.row(), m.theme(), action.ref(), ActionType.MANDATORY, templateRef,
				m.text(), action.outcome(), action.baseline(), action.lead(), action.leadOrganisations(),
				action.partnerCategories(), action.startDate(), action.endDate(), action.timescaleText(),
				action.progress(), action.rag(), action.comments(), action.supportingDocuments(), action.hidden());
	}

	static Action with(Action a, String lead, LocalDate end, Rag rag, String progress) {
		return new Action(a.sheet(), a.row(), a.theme(), a.ref(), a.type(), a.templateRef(), a.text(), a.outcome(),
				a.baseline(), lead, a.leadOrganisations(), a.partnerCategories(), a.startDate(), end, a.timescaleText(),
				progress, rag, a.comments(), a.supportingDocuments(), a.hidden());
	}

	static List<Signatory> signed(int count) {
		List<Signatory> signatories = new ArrayList<>();
		String[] roles = { "Chief Executive", "Leader or elected Mayor", "BCU Commander" };
		for (int i = 0; i < 3; i++) {
			signatories.add(new Signatory(roles[i], "", i < count ? "Name " + i : "", null, i < count));
		}
		return signatories;
	}

	static Plan plan(List<Action> actions, TemplateVersion version, List<Signatory> signatories) {
		return new Plan(List.of(AUTHORITIES.resolve("Camden").orElseThrow()), "Camden.xlsx", "Safer Camden",
				version.id(), null, List.of(), signatories, actions);
	}

}
