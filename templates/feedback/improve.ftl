<p class="lead">What the plan needs, most important first. Actions are given by their reference in the plan or, where they have none, by sheet and row.<#if m.appendix> The appendix lists every action that lacks something, with its lead.</#if></p>
<#list m.improvements as i>
<h3 id="improve-${i.id}">${i.headline}</h3>
<#if i.refs?has_content><p>${prose.capitalise(prose.count(i.refs?size, "action", "actions"))}: ${i.refs?join(", ")}.</p></#if>
<#if i.details?has_content>
<ul>
<#list i.details as d><li>${d}</li></#list>
</ul>
</#if>
<p>${i.advice}</p>
</#list>
