<p class="lead">Each plan sets out its actions under the themes of its template. The table gives, for each theme, how many plans have actions there and how complete those actions are; the notes that follow name the mandatory actions most often missing.</p>
<table class="compact">
<caption>Themes: plans with actions, actions, and completeness (the median, and the middle half of plans)</caption>
<thead><tr><th scope="col">Theme</th><th scope="col" class="number">Plans with actions</th><th scope="col" class="number">Actions</th><th scope="col" class="number">Median completeness</th><th scope="col" class="number">Middle half of plans</th><th scope="col" class="number">Mandatory actions missing or not filled in</th></tr></thead>
<tbody>
<#list m.themes as t>
<tr><th scope="row">${t.name}</th><td class="number">${t.plansWith}</td><td class="number">${t.actions}</td><td class="number">${t.median}</td><td class="number">${t.range}</td><td class="number">${t.gapCount}</td></tr>
</#list>
</tbody>
</table>
<#list m.themes as t>
<h3 id="${t.id}">${t.name}</h3>
<#if t.plansWith == 0>
<p>None of the plans has actions in this theme.</p>
<#else>
<p>${t.plansWithPhrase} <#if t.plansWith == 1>has<#else>have</#if> actions in this theme, ${t.actions} in all. The median completeness of those actions is ${t.median} out of 100. ${t.mostComplete}</p>
</#if>
<#if t.missing?has_content>
<p>Mandatory actions missing:</p>
<ul>
<#list t.missing as g><li>${g.ref} ${g.text}: missing from ${g.plans}.</li></#list>
</ul>
</#if>
<#if t.notFilledIn?has_content>
<p>Mandatory actions in the plan but left as the template wrote them, with little filled in beside them:</p>
<ul>
<#list t.notFilledIn as g><li>${g.ref} ${g.text}: ${g.plans}.</li></#list>
</ul>
</#if>
<#if !t.missing?has_content && !t.notFilledIn?has_content>
<p>Every plan has this theme’s mandatory actions in place and filled in.</p>
</#if>
</#list>
