package uk.gov.london.planreview.stocktake;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import uk.gov.london.planreview.authority.Authority;

/**
 * One authority's answers to the London Councils stock-take, as read and normalised.
 *
 * @param sourceFile the CSV file it came from
 * @param line the line of the file the response starts on
 * @param respondedAt the survey tool's timestamp, when it gave one
 * @param corporateApproach Q1: a corporate approach to serious youth violence
 * @param knifeCrimePlan Q2: a specific knife crime action plan
 * @param collaboration Q3: which kinds of collaboration were ticked
 * @param communityEngagement Q4: specific engagement with community and voluntary sector
 * agencies
 * @param supportingDocuments Q5: titles of documents provided
 */
public record StocktakeResponse(String sourceFile, int line, LocalDateTime respondedAt, Authority authority,
		String role, Answer corporateApproach, String corporateApproachText, String corporateApproachDetail,
		Answer knifeCrimePlan, String knifeCrimePlanText, String knifeCrimePlanDetail, Set<Collaboration> collaboration,
		String collaborationText, String collaborationDetail, Answer communityEngagement,
		String communityEngagementText, String communityEngagementDetail, List<String> supportingDocuments) {

	public StocktakeResponse {
		collaboration = Set.copyOf(collaboration);
		supportingDocuments = List.copyOf(supportingDocuments);
	}

	/** Every free-text answer, for finding the themes a response talks about. */
	public String freeText() {
		return String.join("\n", this.corporateApproachDetail, this.knifeCrimePlanDetail, this.collaborationDetail,
				this.communityEngagementDetail);
	}

}
