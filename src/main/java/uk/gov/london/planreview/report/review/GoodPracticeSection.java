package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.goodpractice.CategoryClassifier;
import uk.gov.london.planreview.goodpractice.GoodPractice;
import uk.gov.london.planreview.report.PracticeText;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;

/**
 * Areas of good practice: the run's good practice grouped by idea, rarest idea first,
 * each example attributed to its authority and quoting the action, its outcome and its
 * lead. A few examples of each idea are quoted and the other authorities named, so that
 * the section stays readable for all of London; good-practice.csv has every one.
 */
@Component
@Order(700)
public class GoodPracticeSection implements ReviewSection {

	/**
	 * Examples quoted for each idea, the strongest matches first; the other authorities
	 * are named.
	 */
	static final int QUOTED = 2;

	private final CategoryClassifier categories;

	GoodPracticeSection(@Qualifier("goodPracticeCategories") CategoryClassifier categories) {
		this.categories = categories;
	}

	public record Model(String opening, String found, List<Idea> ideas) {
	}

	/**
	 * @param authorities every authority with an example of the idea, in the order of
	 * good-practice.csv
	 * @param spread how many plans have the idea at all
	 * @param others the authorities whose examples are not quoted, or empty
	 */
	public record Idea(String id, String name, String description, List<String> authorities, String spread,
			List<Example> examples, String others) {
	}

	/**
	 * One example: who, the action quoted, and briefly its outcome and lead.
	 *
	 * @param type local or developing
	 * @param detail "Outcome: …. Lead: …."
	 */
	public record Example(String authority, String ref, String type, String action, String detail) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		List<GoodPractice> practice = data.practice();
		if (practice.isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<GoodPractice>> byIdea = new LinkedHashMap<>();
		practice.forEach(p -> byIdea.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p));
		List<Idea> ideas = new ArrayList<>();
		byIdea.forEach((category, examples) -> ideas.add(idea(category, examples, data.plans().size())));
		long plans = practice.stream().map(GoodPractice::planId).distinct().count();
		String opening = "The plans belong to the partnerships, and it would not be right for MOPAC to mandate specific actions. "
				+ "What MOPAC, the MPS and London Councils can do is point to good practice that other CSPs are encouraged to adopt. "
				+ "Areas of good practice this quarter include:";
		String found = "In all, the review found " + Prose.figures(practice.size(), "example", "examples")
				+ " of good practice in " + Prose.proportion(plans, data.plans().size(), "plan", "plans") + ", across "
				+ Prose.count(ideas.size(), "idea", "ideas")
				+ ". Each is an action the partnership added beyond the template, with an outcome and a named lead, and not rated red. "
				+ "Ideas that few plans have come first: they are the ones the others can learn most from. Up to "
				+ Prose.count(QUOTED)
				+ " examples of each idea are quoted below; good-practice.csv lists every example, with the words that matched.";
		List<Section.Heading> headings = ideas.stream().map(i -> new Section.Heading(i.id(), i.name())).toList();
		return Optional.of(Section
			.of("good-practice", "Areas of good practice", "review/good-practice.ftl", new Model(opening, found, ideas))
			.withHeadings(headings));
	}

	private Idea idea(String category, List<GoodPractice> examples, int plans) {
		GoodPractice first = examples.get(0);
		List<String> authorities = new ArrayList<>(
				new LinkedHashSet<>(examples.stream().map(p -> PracticeText.authorities(p.authorities())).toList()));
		int with = first.plansWithCategory();
		String spread = with == 1 && plans > 2
				? "Only one of the " + Prose.count(plans) + " plans has an action of this kind."
				: Prose.capitalise(Prose.proportion(with, plans, "plan", "plans")) + (with == 1 ? " has" : " have")
						+ " an action of this kind.";
		List<Example> quoted = examples.stream()
			.limit(QUOTED)
			.map(p -> new Example(PracticeText.authorities(p.authorities()), PracticeText.label(p), p.actionType(),
					p.action().trim(), PracticeText.detail(p)))
			.toList();
		List<GoodPractice> rest = examples.stream().skip(QUOTED).toList();
		String others = rest.isEmpty() ? "" : "There "
				+ (rest.size() == 1 ? "is one more example" : "are " + Prose.count(rest.size()) + " more examples")
				+ " in good-practice.csv, from " + Prose.list(new ArrayList<>(new LinkedHashSet<>(
						rest.stream().map(p -> PracticeText.authorities(p.authorities())).toList())))
				+ ".";
		String description = this.categories.category(category)
			.map(c -> PracticeText.sentence(c.description()))
			.orElse("");
		return new Idea("good-practice-" + category.replaceAll("[^A-Za-z0-9-]", "-"), first.categoryName(), description,
				authorities, spread, quoted, others);
	}

}
