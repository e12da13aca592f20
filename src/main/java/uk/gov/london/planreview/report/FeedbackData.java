package uk.gov.london.planreview.report;

/**
 * What one plan's feedback is written from: the plan, and London as a whole to compare it
 * with.
 */
public record FeedbackData(ReviewData london, PlanView plan) {
}
