<#import "/words.ftl" as w>
<p>This feedback is on the plan received as the file “${m.file}”.<#if m.rows?has_content> <#if m.rows?size == m.actions>Every one of its ${w.figures(m.actions, "action", "actions")} lacks<#else>${w.fig(m.rows?size)} of its ${w.figures(m.actions, "action", "actions")} ${w.verb(m.rows?size, "lacks", "lack")}</#if> something every action should carry. Each is listed with its lead, who can complete it.<#else> Every action carries what it should.</#if><#if m.hidden?has_content> ${w.Count(m.hidden?size, "action is", "actions are")} in <#if m.hidden?size == 1>a row<#else>rows</#if> hidden in the workbook (<@w.refs m.hidden/>): hiding a row does not remove it from the plan, so the review counts <#if m.hidden?size == 1>it<#else>them</#if> like any other. Delete <#if m.hidden?size == 1>it<#else>them</#if> if <#if m.hidden?size == 1>it is<#else>they are</#if> no longer part of the plan.</#if></p>
<#if m.rows?has_content>
<table class="compact">
<caption>Actions that lack something, in the plan’s order</caption>
<thead><tr><th scope="col" style="width: 12%">Ref</th><th scope="col" style="width: 18%">Theme</th><th scope="col" style="width: 34%">Action</th><th scope="col" style="width: 16%">Lead</th><th scope="col" style="width: 20%">What it lacks</th></tr></thead>
<tbody>
<#list m.rows as r><tr><th scope="row" class="nowrap">${r.ref}</th><td>${r.theme}</td><td>${r.action}</td><td><#if r.lead?has_content>${r.lead}<#else>No lead named</#if></td><td><#assign said = []><#list r.lacks as k><#assign said = said + [w.item(k)]></#list>${w.cap(w.list(said))}</td></tr></#list>
</tbody>
</table>
</#if>
