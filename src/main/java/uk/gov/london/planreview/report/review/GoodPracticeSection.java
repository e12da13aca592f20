package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.goodpractice.CategoryClassifier;
import uk.gov.london.planreview.goodpractice.GoodPractice;
import uk.gov.london.planreview.report.Ideas;
import uk.gov.london.planreview.report.PracticeText;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;

/**
 * Areas of good practice: the ideas few enough plans have to be worth sharing, rarest
 * first, each example attributed to its authority and quoting the action (a sound one:
 * with an outcome, a named lead and a date, rated green, amber or complete); the ideas
 * most plans already have, as common practice; and new ideas no category names yet, for
 * the review panel to name.
 */
@Component
@Order(700)
public class GoodPracticeSection implements ReviewSection {

	/** Examples quoted for each idea; the other authorities are named. */
	static final int QUOTED = 1;

	/** New ideas quoted; the rest are counted. */
	static final int NEW_QUOTED = 5;

	private final CategoryClassifier categories;

	GoodPracticeSection(@Qualifier("goodPracticeCategories") CategoryClassifier categories) {
		this.categories = categories;
	}

	/**
	 * @param examples every example of the ideas worth sharing
	 * @param plansSharing the plans with at least one of them
	 */
	public record Model(int plans, List<Idea> shared, int examples, long plansSharing, List<Common> common,
			List<Example> newIdeas, int newIdeasCount) {
	}

	/**
	 * @param plansWith the plans with an action of this kind, sound or not
	 * @param plansShown the plans with an example to share: those quoted and those named
	 * @param others the authorities whose examples are not quoted
	 */
	public record Idea(String id, String name, String description, int plansWith, int plansShown,
			List<Example> examples, List<String> others) {
	}

	/** An idea most plans have, and how many. */
	public record Common(String name, int plansWith) {
	}

	/** One example: who, the action quoted, and briefly its outcome and lead. */
	public record Example(String authority, String ref, String type, String action, String outcome, String lead) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		if (data.practice().isEmpty()) {
			return Optional.empty();
		}
		Ideas ideas = Ideas.of(data);
		List<Idea> shared = new ArrayList<>();
		for (Ideas.Idea idea : ideas.shared()) {
			List<GoodPractice> quoted = idea.examples().stream().limit(QUOTED).toList();
			// A plan with a second example is not named again beside its quoted one.
			Set<String> quotedPlans = quoted.stream().map(GoodPractice::planId).collect(Collectors.toSet());
			List<String> others = idea.examples()
				.stream()
				.skip(QUOTED)
				.filter(p -> !quotedPlans.contains(p.planId()))
				.map(p -> Prose.authorities(p.authorities()))
				.distinct()
				.toList();
			shared.add(new Idea("good-practice-" + idea.category().replaceAll("[^A-Za-z0-9-]", "-"), idea.name(),
					this.categories.category(idea.category()).map(c -> c.description()).orElse(""), idea.plansWith(),
					(int) idea.examples().stream().map(GoodPractice::planId).distinct().count(),
					quoted.stream().map(GoodPracticeSection::example).toList(), others));
		}
		List<Section.Heading> headings = new ArrayList<>(
				shared.stream().map(i -> new Section.Heading(i.id(), i.name())).toList());
		if (!ideas.common().isEmpty()) {
			headings.add(new Section.Heading("good-practice-common", "Common practice"));
		}
		if (!ideas.newIdeas().isEmpty()) {
			headings.add(new Section.Heading("good-practice-new", "New ideas to name"));
		}
		return Optional.of(Section.of("good-practice", "Areas of good practice", "review/good-practice.ftl",
				new Model(data.plans().size(), shared, ideas.examplesShared(), ideas.plansSharing(),
						ideas.common().stream().map(i -> new Common(i.name(), i.plansWith())).toList(),
						ideas.newIdeas().stream().limit(NEW_QUOTED).map(GoodPracticeSection::example).toList(),
						ideas.newIdeas().size()))
			.withHeadings(headings)
			.runOn());
	}

	static Example example(GoodPractice p) {
		return new Example(Prose.authorities(p.authorities()), PracticeText.label(p), p.actionType(), p.action().trim(),
				PracticeText.brief(p.outcome()), p.contact().trim());
	}

}
