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
