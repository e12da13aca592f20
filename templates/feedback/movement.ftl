<#import "/layout.ftl" as l>
<p class="lead">${m.overall}</p>
<table class="compact">
<caption>The plan’s scores in ${m.previousQuarter} and now (scores.csv)</caption>
<thead><tr><th scope="col">Score</th><th scope="col" class="number">${m.previousQuarter}</th><th scope="col" class="number">Now</th><th scope="col" class="number">Change</th></tr></thead>
<tbody>
<#list m.scores as s><tr><th scope="row">${s.name}</th><td class="number">${s.then}</td><td class="number">${s.now}</td><td class="number">${s.change}</td></tr></#list>
</tbody>
</table>
<p>${m.actions}</p>
<#if m.changes?has_content>
<table class="compact">
<caption>The plan’s actions that moved, were added or were dropped since ${m.previousQuarter} (movement.csv)</caption>
<thead><tr><th scope="col">Change</th><th scope="col">Ref</th><th scope="col">Action</th><th scope="col">Rating in ${m.previousQuarter}</th><th scope="col">Rating now</th></tr></thead>
<tbody>
<#list m.changes as c><tr><th scope="row">${c.movement}</th><td>${c.ref}</td><td>${c.action}</td><td><#if c.was??><@l.rag c.was/><#else>Not in the plan</#if></td><td><#if c.now??><@l.rag c.now/><#else>Dropped</#if></td></tr></#list>
</tbody>
</table>
</#if>
