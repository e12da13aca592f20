package uk.gov.london.planreview;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.document.PdfRenderer;
import uk.gov.london.planreview.document.TemplateEngine;
import uk.gov.london.planreview.ingest.PlanWorkbookReader;
import uk.gov.london.planreview.ingest.ReadSettings;
import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.plan.PlanCurrency;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.reference.ReferenceProblems;
import uk.gov.london.planreview.report.DocumentSettings;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.review.RunSettings;
import uk.gov.london.planreview.scoring.PlanScorer;
import uk.gov.london.planreview.scoring.ScoringWeights;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * The domain objects, built from the reference data and settings a reviewer edits:
 * config/reference/ and templates/ under the program's home ({@code planreview.home}, set
 * by run.sh), else the packaged copies.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan
class PlanReviewConfiguration {

	@Bean
	ReferenceData referenceData(RunSettings settings) {
		ReferenceData reference = new ReferenceData(settings.reference());
		List<String> problems = ReferenceRules.check(reference);
		if (!problems.isEmpty()) {
			throw new ReferenceProblems(problems);
		}
		return reference;
	}

	@Bean
	AuthorityDirectory authorityDirectory(ReferenceData reference) {
		return AuthorityDirectory.load(reference);
	}

	@Bean
	TemplateCatalogue templateCatalogue(ReferenceData reference) {
		return TemplateCatalogue.load(reference);
	}

	@Bean
	PartnerTaxonomy partnerTaxonomy(ReferenceData reference) {
		return PartnerTaxonomy.load(reference);
	}

	@Bean
	PlanWorkbookReader planWorkbookReader(ReferenceData reference, AuthorityDirectory authorities,
			TemplateCatalogue catalogue, PartnerTaxonomy partners, ReadSettings settings) {
		return PlanWorkbookReader.load(reference, authorities, catalogue, partners)
			.withMostActions(settings.mostActions());
	}

	/** Whether a plan is current, for the documents and good practice alike. */
	@Bean
	PlanCurrency planCurrency(DocumentSettings settings) {
		return settings.currency();
	}

	@Bean
	PlanScorer planScorer(ScoringWeights weights) {
		return new PlanScorer(weights);
	}

	@Bean
	TemplateEngine templateEngine(RunSettings settings) {
		// Plain-English helpers for templates: ${prose.count(22)} is "twenty-two".
		return new TemplateEngine(TemplateEngine.onDisk(settings.home()), Map.of("prose", Prose.class));
	}

	@Bean
	PdfRenderer pdfRenderer() {
		return new PdfRenderer();
	}

}
