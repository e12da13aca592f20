package uk.gov.london.planreview.stocktake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.goodpractice.CategoryClassifier;

/**
 * The stock-take in figures, as the note reports them: who answered what, the themes
 * their free text raises, and how the answers compare with the plans actually submitted
 * this quarter.
 *
 * @param themes for each stock-take theme (in the themes file's order), the authorities
 * whose answers raise it
 * @param saidPlanButNoneReviewed authorities that said they had a knife crime plan but
 * whose plan was not reviewed
 * @param saidNoPlanButReviewed authorities that said they had no specific plan but whose
 * plan was reviewed
 */
public record StocktakeSummary(int responders, List<Authority> nonResponders, Count corporateApproach,
		Count knifeCrimePlan, Count collaboration, Map<Collaboration, Count> collaborationKinds,
		Count communityEngagement, Map<String, Theme> themes, List<Authority> saidPlanButNoneReviewed,
		List<Authority> saidNoPlanButReviewed, boolean plansKnown) {

	/** How many said yes, and who did not. */
	public record Count(int yes, List<Authority> yesFrom, List<Authority> notFrom) {
	}

	/** A theme found in the answers, and who raised it. */
	public record Theme(String id, String name, String description, List<Authority> authorities) {
	}

	/**
	 * @param reviewedPlans the authorities whose plans were reviewed this quarter, or
	 * null when the stock-take is read on its own
	 */
	public static StocktakeSummary of(StocktakeReading reading, CategoryClassifier themes, Set<String> reviewedPlans) {
		List<StocktakeResponse> responses = reading.responses();
		Map<Collaboration, Count> kinds = new LinkedHashMap<>();
		for (Collaboration kind : Collaboration.values()) {
			kinds.put(kind, count(responses, r -> r.collaboration().contains(kind)));
		}
		Map<String, Theme> found = new LinkedHashMap<>();
		for (CategoryClassifier.Category category : themes.categories()) {
			found.put(category.id(),
					new Theme(category.id(), category.name(), category.description(), new ArrayList<>()));
		}
		for (StocktakeResponse response : responses) {
			themes.classify(response.freeText())
				.forEach(match -> found.get(match.categoryId()).authorities().add(response.authority()));
		}
		found.replaceAll((id, theme) -> new Theme(theme.id(), theme.name(), theme.description(),
				List.copyOf(theme.authorities())));
		List<Authority> saidPlanButNone = new ArrayList<>();
		List<Authority> saidNoneButPlan = new ArrayList<>();
		if (reviewedPlans != null) {
			for (StocktakeResponse response : responses) {
				boolean reviewed = reviewedPlans.contains(response.authority().onsCode());
				if (response.knifeCrimePlan() == Answer.YES && !reviewed) {
					saidPlanButNone.add(response.authority());
				}
				if (response.knifeCrimePlan() != Answer.YES && reviewed) {
					saidNoneButPlan.add(response.authority());
				}
			}
		}
		return new StocktakeSummary(responses.size(), reading.nonResponders(),
				count(responses, r -> r.corporateApproach().inSomeForm()),
				count(responses, r -> r.knifeCrimePlan() == Answer.YES),
				count(responses, r -> !r.collaboration().isEmpty()), kinds,
				count(responses, r -> r.communityEngagement() == Answer.YES), found, saidPlanButNone, saidNoneButPlan,
				reviewedPlans != null);
	}

	private static Count count(List<StocktakeResponse> responses, Predicate<StocktakeResponse> yes) {
		List<Authority> from = responses.stream().filter(yes).map(StocktakeResponse::authority).toList();
		List<Authority> not = responses.stream().filter(yes.negate()).map(StocktakeResponse::authority).toList();
		return new Count(from.size(), from, not);
	}

	/** The themes each response raises, by authority code, for the normalised CSV. */
	public static Map<String, List<String>> themesByAuthority(StocktakeReading reading, CategoryClassifier themes) {
		Map<String, List<String>> byAuthority = new LinkedHashMap<>();
		for (StocktakeResponse response : reading.responses()) {
			byAuthority.put(response.authority().onsCode(),
					themes.classify(response.freeText()).stream().map(CategoryClassifier.Match::categoryId).toList());
		}
		return byAuthority;
	}

}
