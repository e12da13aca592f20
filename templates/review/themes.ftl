<#import "/words.ftl" as w>
<p class="lead">What the plans do under each theme of the template: how many plans have actions there and how complete they are; what the plans strongest in the theme do, from their own actions; and the mandatory actions most often missing or left little filled in.</p>
<table class="compact keep">
<caption>The themes: plans with actions, and how complete the actions are</caption>
<thead><tr><th scope="col">Theme</th><th scope="col" class="number">Plans with actions</th><th scope="col" class="number">Actions</th><th scope="col" class="number">Median completeness</th><th scope="col" class="number">Middle half of plans</th></tr></thead>
<tbody>
<#list m.themes as t>
<tr><th scope="row">${t.name}</th><td class="number">${t.plansWith}</td><td class="number">${t.actions}</td><td class="number"><#if t.completeness??>${t.completeness.medianText}<#else>–</#if></td><td class="number"><#if t.completeness??>${t.completeness.lowerText} to ${t.completeness.upperText}<#else>–</#if></td></tr>
</#list>
</tbody>
</table>
<#list m.themes as t>
<div class="theme">
<h3 id="${t.id}">${t.name}</h3>
<#if t.plansWith == 0>
<p>None of the ${w.count(t.expecting, "plan", "plans")} whose template has this theme has actions in it.</p>
<#else>
<p>${w.Part(t.plansWith, t.expecting, "plan", "plans")} whose template has this theme <#if t.plansWith == 1>has<#else>have</#if> actions in it, ${t.actions} in all; their median completeness is ${w.score(t.completeness.medianText)} out of 100.</p>
<#if t.strong gt 0 && (t.partners?has_content || t.examples?has_content)>
<p>In the ${w.n(t.strong)}<#if t.leftOut gt 0> current</#if> ${w.verb(t.strong, "plan", "plans")} strongest in this theme<#if t.partners?has_content>, ${w.partners(t.partners)} lead actions more often than in other plans</#if>.<#if t.examples?has_content> For example:</#if></p>
<#if t.examples?has_content>
<ul class="examples">
<#list t.examples as e><li><span class="example-by">${e.authority}</span> (${e.ref}): <@w.quote e.action/> <span class="meta">Lead: ${w.sentence(e.lead)}</span></li></#list>
</ul>
</#if>
</#if>
</#if>
<#if t.gaps?has_content>
<p>${w.Part(t.gapPlans, t.expecting, "plan", "plans")} <#if t.gapPlans == 1>lacks<#else>lack</#if> a mandatory action of this theme or <#if t.gapPlans == 1>leaves<#else>leave</#if> one little filled in. The most common:</p>
<ul>
<#list t.gaps as g><li>${g.ref} <@w.quote g.text/>: <#if g.missing gt 0>missing from ${w.count(g.missing, "plan", "plans")}</#if><#if g.missing gt 0 && g.unfilled gt 0>, and </#if><#if g.unfilled gt 0>left little filled in by ${w.count(g.unfilled, "plan", "plans")}</#if>.</li></#list>
</ul>
<#else>
<p>${w.Part(t.expecting, t.expecting, "plan", "plans")} whose template has this theme <#if t.expecting == 1>has<#else>have</#if> its mandatory actions in place and filled in.</p>
</#if>
</div>
</#list>
