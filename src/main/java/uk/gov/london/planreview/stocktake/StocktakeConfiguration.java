package uk.gov.london.planreview.stocktake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.london.planreview.goodpractice.CategoryClassifier;
import uk.gov.london.planreview.reference.ReferenceData;

/**
 * The stock-take's themes, found in its free-text answers by the good-practice
 * classifier.
 */
@Configuration(proxyBeanMethods = false)
class StocktakeConfiguration {

	@Bean
	CategoryClassifier stocktakeThemes(ReferenceData reference) {
		return CategoryClassifier.load(reference, "stocktake-themes.csv");
	}

}
