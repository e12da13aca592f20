package uk.gov.london.planreview.goodpractice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.london.planreview.reference.ReferenceData;

/** The good-practice categories a reviewer edits, loaded once for the run. */
@Configuration(proxyBeanMethods = false)
class GoodPracticeConfiguration {

	static final String CATEGORIES_FILE = "good-practice-categories.csv";

	@Bean
	CategoryClassifier goodPracticeCategories(ReferenceData reference) {
		return CategoryClassifier.load(reference, CATEGORIES_FILE);
	}

}
