<#import "/words.ftl" as w>
<#function signed key><#switch key><#case "yes"><#return "Yes"><#case "partly"><#return "Partly"><#case "no"><#return "No"><#default><#return "Not required"></#switch></#function>
<p>Every plan’s scores, in alphabetical order. Scores are out of 100; the police share is the share of a plan’s actions led by the police alone. The band places the plan’s overall score among London’s: the top quarter, the middle half or the bottom quarter. The method appendix explains how each score is worked out.</p>
<table class="compact">
<caption>Scorecard of every plan</caption>
<thead>
<tr><th scope="col">Plan</th><th scope="col">Template</th><th scope="col" class="number">Actions</th><th scope="col" class="number">Completeness</th><th scope="col" class="number">Mandatory coverage</th><th scope="col" class="number">Partnership breadth</th><th scope="col" class="number">Kinds of partner</th><th scope="col" class="number">Police share</th><th scope="col">Signed off</th><th scope="col" class="number">Overall</th><th scope="col">Band</th><#if m.previousQuarter?has_content><th scope="col" class="number">Overall in ${m.previousQuarter}</th><th scope="col" class="number">Change</th></#if></tr>
</thead>
<tbody>
<#list m.rows as r>
<tr><th scope="row">${r.plan}</th><td>${r.version}</td><td class="number">${r.actions}</td><td class="number">${r.completeness}</td><td class="number">${r.mandatory}</td><td class="number">${r.breadth}</td><td class="number">${r.categories}</td><td class="number">${r.policeShare}</td><td>${signed(r.signedOff)}</td><td class="number">${r.overall}</td><td>${w.cap(w.bandShort(r.band))}</td><#if m.previousQuarter?has_content><td class="number">${r.previous}</td><td class="number">${r.change}</td></#if></tr>
</#list>
</tbody>
</table>
