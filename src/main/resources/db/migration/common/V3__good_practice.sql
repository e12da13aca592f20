-- Good practice found in the plans, and the basket of offers for each plan's weak areas ("linking up"),
-- kept per run for the review and the feedback documents. Plain SQL that H2 and PostgreSQL both accept.

-- One row per action singled out, in rank order (rarest idea first).
CREATE TABLE good_practice (
	run_id BIGINT NOT NULL,
	position INT NOT NULL,
	plan_id VARCHAR(400) NOT NULL,
	authorities VARCHAR(2000) NOT NULL,
	source_file VARCHAR(1000) NOT NULL,
	sheet VARCHAR(200) NOT NULL,
	sheet_row INT NOT NULL,
	theme VARCHAR(200) NOT NULL,
	category VARCHAR(100) NOT NULL,
	category_name VARCHAR(200) NOT NULL,
	action_ref VARCHAR(200) NOT NULL,
	action_type VARCHAR(20) NOT NULL,
	action_text VARCHAR(100000) NOT NULL,
	outcome VARCHAR(100000) NOT NULL,
	lead VARCHAR(20000) NOT NULL,
	lead_organisations VARCHAR(20000) NOT NULL,
	matched_words VARCHAR(2000) NOT NULL,
	plans_with_category INT NOT NULL,
	plans INT NOT NULL,
	score DOUBLE PRECISION NOT NULL,
	why VARCHAR(100000) NOT NULL,
	PRIMARY KEY (run_id, position)
);

CREATE INDEX good_practice_plan ON good_practice (run_id, plan_id);

-- A plan's weak area: a theme (and, when the gap is about one, a category) with what makes it weak.
CREATE TABLE weak_area (
	run_id BIGINT NOT NULL,
	plan_id VARCHAR(400) NOT NULL,
	position INT NOT NULL,
	authorities VARCHAR(2000) NOT NULL,
	theme VARCHAR(200) NOT NULL,
	category VARCHAR(100) NOT NULL,
	category_name VARCHAR(200) NOT NULL,
	reasons VARCHAR(100000) NOT NULL,
	PRIMARY KEY (run_id, plan_id, position)
);

-- The offers for a weak area, best first: another plan's good practice and whom to contact.
CREATE TABLE linking_offer (
	run_id BIGINT NOT NULL,
	plan_id VARCHAR(400) NOT NULL,
	area_position INT NOT NULL,
	position INT NOT NULL,
	offer_plan_id VARCHAR(400) NOT NULL,
	offer_authorities VARCHAR(2000) NOT NULL,
	theme VARCHAR(200) NOT NULL,
	category VARCHAR(100) NOT NULL,
	category_name VARCHAR(200) NOT NULL,
	action_ref VARCHAR(200) NOT NULL,
	action_text VARCHAR(100000) NOT NULL,
	contact VARCHAR(20000) NOT NULL,
	theme_completeness DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (run_id, plan_id, area_position, position)
);
