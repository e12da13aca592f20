<#import "/words.ftl" as w>
<p class="lead">The completeness of the plan’s actions in each theme, beside the median of the London plans with actions in that theme, and how many of the theme’s mandatory actions the plan has.</p>
<table class="compact keep">
<caption>The plan theme by theme</caption>
<thead><tr><th scope="col">Theme</th><th scope="col" class="number">Actions</th><th scope="col" class="number">Completeness</th><th scope="col" class="number">London median</th><th scope="col" class="number">Mandatory actions in the plan</th><th scope="col">Where the plan stands</th></tr></thead>
<tbody>
<#list m.rows as r><tr><th scope="row">${r.theme}</th><td class="number">${r.actions}</td><td class="number">${r.completeness}</td><td class="number">${r.median}</td><td class="number"><#if r.mandatoryExpected == 0>None asked for<#else>${r.mandatoryPresent} of ${r.mandatoryExpected}</#if></td><td><#if r.position == "none">No actions in this theme<#else>${w.cap(w.bandShort(r.position))}</#if></td></tr></#list>
</tbody>
</table>
