<#import "/words.ftl" as w>
<#import "/layout.ftl" as l>
<p class="lead">Since the plan was reviewed for ${m.previousQuarter}, its overall score has <#if m.change?number gt 0>risen from ${m.then} to ${m.now}<#elseif m.change?number lt 0>fallen from ${m.then} to ${m.now}<#else>stayed at ${m.now}</#if>. <#if m.moved?has_content><#assign said = []><#list m.moved as x><#assign said = said + [(x?is_first)?then(w.Count(x.actions, "action", "actions"), w.n(x.actions)) + " " + w.moved(x.movement, x.actions)]></#list>${w.list(said)}.<#else>None of its actions has changed its RAG rating, and none was added or dropped.</#if></p>
<table class="compact keep">
<caption>The plan’s scores in ${m.previousQuarter} and now</caption>
<thead><tr><th scope="col">Score</th><th scope="col" class="number">${m.previousQuarter}</th><th scope="col" class="number">Now</th><th scope="col" class="number">Change</th></tr></thead>
<tbody>
<#list m.scores as s><tr><th scope="row">${s.name}</th><td class="number">${s.then}</td><td class="number">${s.now}</td><td class="number">${s.change}</td></tr></#list>
</tbody>
</table>
<#if m.changes?has_content>
<table class="compact<#if m.changes?size lte 10> keep</#if>">
<caption>The plan’s actions that moved, were added or were dropped since ${m.previousQuarter}</caption>
<thead><tr><th scope="col">Change</th><th scope="col">Ref</th><th scope="col">Action</th><th scope="col">Rating in ${m.previousQuarter}</th><th scope="col">Rating now</th></tr></thead>
<tbody>
<#list m.changes as c><tr><th scope="row">${c.movement}</th><td class="nowrap">${c.ref}</td><td>${c.action}</td><td><#if c.was??><@l.rag c.was/><#else>Not in the plan</#if></td><td><#if c.now??><@l.rag c.now/><#else>Dropped</#if></td></tr></#list>
</tbody>
</table>
</#if>
