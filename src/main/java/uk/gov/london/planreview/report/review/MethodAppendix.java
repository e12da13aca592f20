package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore.Submission;
import uk.gov.london.planreview.report.Items;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.Standards;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.ScoringWeights;

/**
 * Appendix: how each score and judgement is worked out, with the weights and thresholds
 * in force this run (from application.yml, by the names a reviewer edits there), the
 * files every figure can be traced to, and the submissions that could not be used.
 */
@Component
@Order(1000)
public class MethodAppendix implements ReviewSection {

	/**
	 * @param fields each thing an action should carry ({@code w.item(key)}) and its
	 * weight
	 * @param rejected submissions that could not be read, with why
	 * @param superseded submissions set aside for a later one, with why
	 */
	public record Model(List<Weight> fields, String fieldTotal, List<Weight> overall, int targetCategories,
			String countWeight, String evennessWeight, String filledThreshold, String good, String mixed,
			String similarWording, int newIdeaMaxPlans, String weakThemeMargin, List<Note> rejected,
			List<Note> superseded) {
	}

	public record Weight(String key, String weight) {
	}

	/** A file and what became of it. */
	public record Note(String file, String reason) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		ScoringWeights w = data.weights();
		List<Weight> fields = new ArrayList<>();
		double total = 0;
		for (Item item : Item.values()) {
			double weight = Items.weight(item, w.fields());
			total += weight;
			fields.add(new Weight(item.csv(), number(weight)));
		}
		List<Weight> overall = List.of(new Weight("completeness", number(w.overall().completeness())),
				new Weight("mandatory-coverage", number(w.overall().mandatoryCoverage())),
				new Weight("partnership-breadth", number(w.overall().partnershipBreadth())),
				new Weight("sign-off", number(w.overall().signOff())));
		List<Note> rejected = new ArrayList<>();
		for (Submission s : data.submissions(SubmissionStatus.REJECTED)) {
			rejected.add(new Note(s.sourceFile(),
					data.findings()
						.stream()
						.filter(f -> f.sourceFile().equals(s.sourceFile()) && f.severity() == Severity.ERROR)
						.map(Finding::message)
						.findFirst()
						.orElse("")));
		}
		List<Note> superseded = data.submissions(SubmissionStatus.SUPERSEDED)
			.stream()
			.map(s -> new Note(s.sourceFile(), s.statusReason() == null ? "" : s.statusReason()))
			.toList();
		return Optional.of(Section
			.of("method", "Method", "review/method.ftl",
					new Model(fields, number(total), overall, w.breadth().targetCategories(),
							number(w.breadth().countWeight()), number(w.breadth().evennessWeight()),
							number(w.filledThreshold()), number(Standards.GOOD), number(Standards.MIXED),
							number(data.goodPracticeSettings().similarWording()),
							data.goodPracticeSettings().newIdeaMaxPlans(),
							number(data.goodPracticeSettings().weakThemeMargin()), rejected, superseded))
			.withHeadings(List.of(new Section.Heading("method-completeness", "Completeness"),
					new Section.Heading("method-mandatory", "Mandatory coverage"),
					new Section.Heading("method-breadth", "Partnership breadth"),
					new Section.Heading("method-overall", "Sign-off and overall score"),
					new Section.Heading("method-judgements", "Bands, currency and good practice"),
					new Section.Heading("method-files", "Files and submissions")))
			.asAppendix());
	}

	/** A number as written in application.yml: "3", or "2.5". */
	static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

}
