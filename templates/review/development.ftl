<#import "/words.ftl" as w>
<#assign lo = m.london>
<p class="lead">A key aim of the review is to identify areas for improvement positively. Across London the figures point to these; each partnership’s feedback lists precisely what to complete in its own plan.</p>
<#if m.lacking?has_content>
<h3 id="development-lack">What actions lack</h3>
<p>Every action should carry an outcome (with a baseline where suitable), a named lead, start and end dates, progress to date, comments and a RAG rating. Across London:</p>
<ul>
<#list m.lacking as x><li>${w.figures(x.actions, "action has", "actions have")} ${w.lacking(x.key)} (${w.pct(x.actions, lo.actions)})<#if x.mostlyLacking gt 0>; in ${w.count(x.mostlyLacking, "plan", "plans")} more than half of the actions lack <#if x.key == "comments_or_documents">both<#else>it</#if></#if>.</li></#list>
</ul>
</#if>
<#if m.missingKinds gt 0>
<h3 id="development-mandatory">Mandatory actions</h3>
<p>${w.Count(m.missingKinds, "mandatory action is", "mandatory actions are")} missing from at least one plan<#if m.missing?has_content && m.missing[0].plans gt 1>; the one most often missing is ${m.missing[0].ref} <@w.quote m.missing[0].text/> (${w.count(m.missing[0].plans, "plan", "plans")})</#if>. The theme sections above name, theme by theme, the mandatory actions most often missing or left little filled in.</p>
<#if lo.signOffAsked gt lo.signedOff><p>${w.Part(lo.signOffAsked - lo.signedOff, lo.signOffAsked, "plan", "plans")} whose template asks for sign-off <#if lo.signOffAsked - lo.signedOff == 1>is<#else>are</#if> not yet fully signed off by the Chief Executive, the Leader or elected Mayor and the BCU Commander.</p></#if>
</#if>
<#if m.leastComplete?has_content>
<h3 id="development-themes">Themes</h3>
<p>The least complete themes are ${m.leastComplete[0].name} (median completeness ${m.leastComplete[0].median}) and ${m.leastComplete[1].name} (${m.leastComplete[1].median}).</p>
</#if>
