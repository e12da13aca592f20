package uk.gov.london.planreview.report.feedback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.LeadOrganisations;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.RagView;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.Timescales;

/**
 * The plan's RAG position beside London's, and its red actions with whom to call about
 * each.
 */
@Component
@Order(600)
public class FeedbackRagSection implements FeedbackSection {

	/**
	 * @param timescales the plan's actions past their end date, and whether all have run
	 * out
	 */
	public record Model(List<Row> rows, List<Red> red, Timescales timescales) {
	}

	public record Row(RagView rating, long actions, String share, String londonShare) {
	}

	/** A red action and who leads it. */
	public record Red(String ref, String theme, String action, String lead) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		PlanView plan = data.plan();
		if (plan.actions().isEmpty()) {
			return Optional.empty();
		}
		Map<Rag, Long> mine = count(plan.actions());
		Map<Rag, Long> london = count(data.london().plans().stream().flatMap(p -> p.actions().stream()).toList());
		int total = data.london().totalActions();
		List<Row> rows = new ArrayList<>();
		for (Rag rag : RagView.ORDER) {
			rows.add(new Row(RagView.of(rag), mine.get(rag), Prose.percent(mine.get(rag), plan.actions().size()),
					Prose.percent(london.get(rag), total)));
		}
		// A plan already asked for a current one is not asked for new dates as well.
		List<PlanView> timed = data.london().standing(plan).needsRefresh() ? List.of() : List.of(plan);
		List<Red> red = plan.actions()
			.stream()
			.filter(a -> a.rag() == Rag.RED)
			.map(a -> new Red(PlanView.label(a), a.theme(), a.text(), lead(a)))
			.toList();
		return Optional.of(
				Section
					.of("rag", "RAG position", "feedback/rag.ftl",
							new Model(rows, red, Timescales.of(timed, data.london().quarter())))
					.runOn());
	}

	/**
	 * Who to call: the named lead, with the lead organisations; empty when none is named.
	 */
	static String lead(Action a) {
		return LeadOrganisations.contact(a.lead(), a.leadOrganisations());
	}

	private static Map<Rag, Long> count(List<Action> actions) {
		Map<Rag, Long> counts = new EnumMap<>(Rag.class);
		for (Rag rag : Rag.values()) {
			counts.put(rag, 0L);
		}
		actions.forEach(a -> counts.merge(a.rag(), 1L, Long::sum));
		return counts;
	}

}
