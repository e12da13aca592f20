package uk.gov.london.planreview.review;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.london.planreview.report.StocktakeReport;
import uk.gov.london.planreview.stocktake.StocktakeReading;
import uk.gov.london.planreview.stocktake.StocktakeService;

/**
 * The London Councils stock-take on its own ({@code ./run.sh stocktake}): no plan
 * workbooks needed. It shares the quarterly review's first and last steps and publishes
 * under {@code <output>/<quarter>/stocktake/}.
 */
@Configuration(proxyBeanMethods = false)
class StocktakeJobConfiguration {

	@Bean
	Job stocktake(JobRepository jobRepository, Step prepareRun, Step readStocktake, Step writeStocktake, Step publish) {
		return new JobBuilder(Jobs.STOCKTAKE, jobRepository).start(prepareRun)
			.next(readStocktake)
			.next(writeStocktake)
			.next(publish)
			.build();
	}

	/** stocktake-responses.csv and the stock-take note. */
	@Bean
	Step writeStocktake(RunSteps steps, StocktakeSteps stocktakeSteps, StocktakeService stocktake,
			StocktakeReport report, Progress progress) {
		return steps.once("writeStocktake", run -> {
			StocktakeReading reading = stocktakeSteps.read(run);
			stocktake.writeCsv(reading, null, run.staging().resolve("stocktake-responses.csv"));
			if (run.documents() && !reading.responses().isEmpty()) {
				progress.say("Rendering stocktake.pdf");
				report.write(reading, stocktake.summary(reading, null), run.quarter(), run.runDate(),
						run.staging().resolve("stocktake.pdf"));
			}
		});
	}

}
