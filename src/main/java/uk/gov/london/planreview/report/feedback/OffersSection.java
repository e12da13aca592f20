package uk.gov.london.planreview.report.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.goodpractice.WeakArea;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.PracticeText;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.Section;

/**
 * Good practice elsewhere that answers the plan's gaps: for each of its weak areas, why
 * it is one and the offers from other authorities strong there, with the action they run
 * and the named lead to contact, as linking-up.csv gives them.
 */
@Component
@Order(800)
public class OffersSection implements FeedbackSection {

	public record Model(String opening, List<Gap> gaps) {
	}

	/**
	 * A weak area.
	 *
	 * @param reasons what makes it a gap, each a sentence
	 * @param offers the best first; empty when no other plan has strong practice there
	 */
	public record Gap(String id, String name, List<String> reasons, List<Offer> offers) {
	}

	/** Another authority's practice: who, the action quoted, and whom to contact. */
	public record Offer(String authority, String ref, String action, String idea, String contact) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		List<WeakArea> areas = data.london().weakAreas(data.plan().planId());
		if (areas.isEmpty()) {
			return Optional.empty();
		}
		List<Gap> gaps = new ArrayList<>();
		for (WeakArea area : areas) {
			gaps.add(new Gap("offers-" + (gaps.size() + 1),
					area.categoryName().isEmpty() ? area.theme() : area.categoryName() + " (" + area.theme() + ")",
					area.reasons().stream().map(r -> PracticeText.sentence(Prose.capitalise(r.trim()))).toList(),
					area.offers()
						.stream()
						.map(o -> new Offer(PracticeText.authorities(o.authorities()), o.actionRef().trim(),
								o.action().trim(), o.categoryName(), o.contact().trim()))
						.toList()));
		}
		long answered = gaps.stream().filter(g -> !g.offers().isEmpty()).count();
		String opening = "MOPAC, the MPS and London Councils can put the partnership in touch with authorities whose plans are strong "
				+ "where this plan has gaps. The review found " + Prose.count(gaps.size(), "gap", "gaps")
				+ " in the plan: a theme whose actions "
				+ "are well below London’s median completeness, a missing mandatory action or an action rated red. "
				+ (answered == 0 ? "No other plan yet has strong practice to share in " + (gaps
					.size() == 1 ? "it" : "any of them") + "." : "For "
							+ (answered == gaps.size() ? (gaps.size() == 1 ? "it" : "each of them")
									: Prose.count(answered) + " of them")
							+ ", the tables name the authorities with good practice there, the action each runs and the lead to contact.")
				+ " The same is in linking-up.csv, for every plan.";
		return Optional.of(Section
			.of("offers", "Good practice elsewhere that answers your gaps", "feedback/offers.ftl",
					new Model(opening, gaps))
			.withHeadings(gaps.stream().map(g -> new Section.Heading(g.id(), g.name())).toList()));
	}

}
