<#import "/words.ftl" as w>
<#import "/feedback/improvement.ftl" as imp>
<#assign lacking = m.improvements?filter(i -> i.kind == "lacking" || i.kind == "lacking-dates")>
<p class="lead">What the plan needs, most important first. Actions are given by their reference in the plan or, where they have none, by sheet and row.<#if m.appendix> The appendix lists every action that lacks something, with its lead.</#if></p>
<#list m.improvements?filter(i -> i.kind != "lacking" && i.kind != "lacking-dates") as i>
<div class="improvement">
<h3 id="improve-${i.id}"><@imp.headline i m.refresh/></h3>
<#if i.details?has_content>
<ul>
<#list i.details as d><li>${d.ref} <@w.quote d.text/><#if i.kind == "mandatory-missing"> (${d.theme})</#if></li></#list>
</ul>
</#if>
<p><@imp.advice i m.refresh/></p>
</div>
</#list>
<#if lacking?has_content>
<h3 id="improve-actions">What actions lack</h3>
<table class="compact">
<caption>What the plan’s actions lack, the most important first</caption>
<thead><tr><th scope="col" style="width: 26%">What they lack</th><th scope="col" class="number" style="width: 10%">Actions</th><th scope="col">Which</th></tr></thead>
<tbody>
<#list lacking as i><tr><th scope="row">${w.cap(w.item(i.item))}</th><td class="number">${i.count} of ${i.of}</td><td><#if i.count == i.of>Every action<#else><@w.refs i.refs/></#if></td></tr></#list>
</tbody>
</table>
<ul>
<#list lacking as i><li><@imp.advice i m.refresh/></li></#list>
</ul>
</#if>
