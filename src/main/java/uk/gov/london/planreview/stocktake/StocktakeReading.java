package uk.gov.london.planreview.stocktake;

import java.util.List;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.finding.Finding;

/**
 * The stock-take as read.
 *
 * @param responses each responding authority's standing response, in ONS order
 * @param superseded earlier responses from authorities that answered again
 * @param nonResponders authorities with no usable response
 */
public record StocktakeReading(List<StocktakeResponse> responses, List<StocktakeResponse> superseded,
		List<Authority> nonResponders, List<Finding> findings) {

	public StocktakeReading {
		responses = List.copyOf(responses);
		superseded = List.copyOf(superseded);
		nonResponders = List.copyOf(nonResponders);
		findings = List.copyOf(findings);
	}

}
