<#import "/layout.ftl" as l>
<p class="lead">How the plan scores beside the other London plans this quarter. Scores are out of 100. The middle half of London’s plans score between the lower and the upper quartile.</p>
<table class="compact">
<caption>The plan’s scores beside London’s (scores.csv)</caption>
<thead><tr><th scope="col">Score</th><th scope="col" class="number">This plan</th><th scope="col" class="number">London lower quartile</th><th scope="col" class="number">London median</th><th scope="col" class="number">London upper quartile</th><th scope="col">Where the plan stands</th></tr></thead>
<tbody>
<#list m.rows as r><tr><th scope="row">${r.name}</th><td class="number">${r.plan}</td><td class="number">${r.lower}</td><td class="number">${r.median}</td><td class="number">${r.upper}</td><td>${r.position}</td></tr></#list>
</tbody>
</table>
<h3 id="scores-chart">The plan and the London median</h3>
<@l.chart m.chart/>
