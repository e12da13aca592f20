package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.report.Items;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.Standards;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.ScoringWeights;

/**
 * Appendix: how each score is worked out, with the weights in force this run (the
 * {@link ScoringWeights} from application.yml), so a reader can recompute any figure.
 */
@Component
@Order(1000)
public class MethodAppendix implements ReviewSection {

	public record Model(List<Weight> fields, String fieldTotal, List<Weight> overall, int targetCategories,
			String countWeight, String evennessWeight, String filledThreshold, String good, String mixed) {
	}

	public record Weight(String name, String weight) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		ScoringWeights w = data.weights();
		List<Weight> fields = new ArrayList<>();
		double total = 0;
		for (Item item : Item.values()) {
			double weight = Items.weight(item, w.fields());
			total += weight;
			fields.add(new Weight(Items.heading(item), number(weight)));
		}
		List<Weight> overall = List.of(new Weight("Completeness", number(w.overall().completeness())),
				new Weight("Mandatory coverage", number(w.overall().mandatoryCoverage())),
				new Weight("Partnership breadth", number(w.overall().partnershipBreadth())),
				new Weight("Sign-off (not for 2017 plans)", number(w.overall().signOff())));
		return Optional.of(Section
			.of("method", "Method", "review/method.ftl",
					new Model(fields, number(total), overall, w.breadth().targetCategories(),
							number(w.breadth().countWeight()), number(w.breadth().evennessWeight()),
							number(w.filledThreshold()), number(Standards.GOOD), number(Standards.MIXED)))
			.withHeadings(List.of(new Section.Heading("method-completeness", "Completeness"),
					new Section.Heading("method-mandatory", "Mandatory coverage"),
					new Section.Heading("method-breadth", "Partnership breadth"),
					new Section.Heading("method-overall", "Sign-off and overall score"),
					new Section.Heading("method-london", "London figures")))
			.asAppendix());
	}

	/** A weight as written in application.yml: "3", or "2.5". */
	static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

}
