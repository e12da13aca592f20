<#import "/layout.ftl" as l>
<p class="lead">${m.summary}</p>
<p>${m.unrated} A rating is shown in words, with a mark of its own shape, so that it never depends on colour: <#list m.ratings as r><@l.rag r/><#sep>, </#list>.</p>
<@l.chart c=m.chart side=true/>
<h3 id="rag-by-plan">RAG ratings plan by plan</h3>
<table class="compact">
<caption>Actions at each RAG rating, plan by plan (actions.csv: rag)</caption>
<thead><tr><th scope="col">Plan</th><#list m.ratings as r><th scope="col" class="number"><@l.rag r/></th></#list><th scope="col" class="number">Actions</th></tr></thead>
<tbody>
<#list m.rows as r>
<tr><th scope="row">${r.plan}</th><#list r.counts as c><td class="number">${c}</td></#list><td class="number">${r.actions}</td></tr>
</#list>
</tbody>
</table>
<#if m.movement??>
<#assign mv = m.movement>
<h3 id="rag-movement">Movement since ${mv.previousQuarter}</h3>
<p>${mv.actions}</p>
<#if mv.moved>
<@l.chart c=mv.chart side=true/>
</#if>
<p>${mv.scores}</p>
<#if mv.moved>
<#if mv.turnedRed?has_content>
<table class="compact">
<caption>Actions that turned red since ${mv.previousQuarter} (movement.csv)</caption>
<thead><tr><th scope="col">Plan</th><th scope="col">Ref</th><th scope="col">Action</th><th scope="col">Rating in ${mv.previousQuarter}</th></tr></thead>
<tbody>
<#list mv.turnedRed as r><tr><th scope="row">${r.plan}</th><td>${r.ref}</td><td>${r.action}</td><td><@l.rag r.was/></td></tr></#list>
</tbody>
</table>
<#else>
<p>No action turned red.</p>
</#if>
<h3 id="rag-movement-by-plan">Movement plan by plan</h3>
<table class="compact">
<caption>Each plan’s overall score then and now, and how many of its actions moved (scores.csv)</caption>
<thead><tr><th scope="col">Plan</th><th scope="col" class="number">Overall in ${mv.previousQuarter}</th><th scope="col" class="number">Overall now</th><th scope="col" class="number">Change</th><th scope="col" class="number">Added</th><th scope="col" class="number">Dropped</th><th scope="col" class="number">Completed</th><th scope="col" class="number">Turned green</th><th scope="col" class="number">Turned red</th></tr></thead>
<tbody>
<#list mv.rows as r>
<tr><th scope="row">${r.plan}</th><td class="number">${r.previousOverall}</td><td class="number">${r.overall}</td><td class="number">${r.change}</td><td class="number">${r.added}</td><td class="number">${r.dropped}</td><td class="number">${r.completed}</td><td class="number">${r.turnedGreen}</td><td class="number">${r.turnedRed}</td></tr>
</#list>
</tbody>
</table>
</#if>
</#if>
