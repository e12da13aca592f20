<p>Every plan’s scores, highest overall score first, as scores.csv gives them. Scores are out of 100; police share is the share of actions (0 to 1) whose only lead is the police. The method appendix explains how each is worked out.</p>
<table class="compact">
<caption>Scorecard of every plan (scores.csv)</caption>
<thead>
<tr><th scope="col" class="number">Rank</th><th scope="col">Plan</th><th scope="col">Plan id</th><th scope="col">Template</th><th scope="col" class="number">Actions</th><th scope="col" class="number">Completeness</th><th scope="col" class="number">Mandatory coverage</th><th scope="col" class="number">Partnership breadth</th><th scope="col" class="number">Kinds of partner</th><th scope="col" class="number">Police share</th><th scope="col">Signed off</th><th scope="col" class="number">Overall</th></tr>
</thead>
<tbody>
<#list m.rows as r>
<tr><td class="number">${r.rank}</td><th scope="row">${r.plan}</th><td>${r.planId}</td><td>${r.version}</td><td class="number">${r.actions}</td><td class="number">${r.completeness}</td><td class="number">${r.mandatory}</td><td class="number">${r.breadth}</td><td class="number">${r.categories}</td><td class="number">${r.policeShare}</td><td>${r.signedOff}</td><td class="number">${r.overall}</td></tr>
</#list>
</tbody>
</table>
