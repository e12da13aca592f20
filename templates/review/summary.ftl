<#import "/layout.ftl" as l>
<p class="lead">${m.versions}</p>
<p>${m.standard}</p>
<p>${m.headline}</p>
<table class="compact">
<caption>What every action should carry, and how many actions carry it (actions.csv: the missing column)</caption>
<thead><tr><th scope="col">What every action should carry</th><th scope="col" class="number">Actions that have it</th><th scope="col" class="number">Share</th></tr></thead>
<tbody>
<#list m.carry as c><tr><th scope="row">${c.item}</th><td class="number">${c.have}</td><td class="number">${c.share}</td></tr></#list>
</tbody>
</table>
<p>${m.actions}</p>
<p>${m.mandatory}</p>
<p>${m.signOff}</p>
<p>${m.police}</p>
<h3 id="summary-completeness">Completeness by plan</h3>
<@l.chart m.chart/>
