-- Movement since the previous quarter: each plan's scores then and now, and what happened to each action.

CREATE TABLE plan_movement (
	run_id BIGINT NOT NULL,
	plan_id VARCHAR(400) NOT NULL,
	previous_run_id BIGINT NOT NULL,
	previous_quarter VARCHAR(7) NOT NULL,
	previous_overall DOUBLE PRECISION NOT NULL,
	previous_completeness DOUBLE PRECISION NOT NULL,
	previous_mandatory_coverage DOUBLE PRECISION NOT NULL,
	previous_partnership_breadth DOUBLE PRECISION NOT NULL,
	added INT NOT NULL,
	dropped INT NOT NULL,
	completed INT NOT NULL,
	turned_green INT NOT NULL,
	turned_red INT NOT NULL,
	improved INT NOT NULL,
	worsened INT NOT NULL,
	PRIMARY KEY (run_id, plan_id)
);

-- One row per action of this quarter that could be compared, and per action that was dropped.
-- source_file and seq point at the current action; for a dropped action they are the previous run's.
CREATE TABLE action_movement (
	run_id BIGINT NOT NULL,
	plan_id VARCHAR(400) NOT NULL,
	position INT NOT NULL,
	source_file VARCHAR(1000) NOT NULL,
	seq INT NOT NULL,
	theme VARCHAR(200) NOT NULL,
	action_ref VARCHAR(200) NOT NULL,
	action_text VARCHAR(100000) NOT NULL,
	previous_rag VARCHAR(10),
	rag VARCHAR(10),
	movement VARCHAR(20) NOT NULL,
	PRIMARY KEY (run_id, plan_id, position)
);
