<p>${m.opening} ${m.widest}</p>
<p>${m.rare} ${m.police}</p>
<table class="matrix">
<caption>Actions led by each kind of partner, plan by plan (an action led jointly counts for each partner). Shading deepens with the count. The last column is scores.csv’s partner_categories; the scorecard appendix gives each plan’s breadth score and police share.</caption>
<thead><tr><th scope="col">Plan</th><#list m.categories as c><th scope="col">${c}</th></#list><th scope="col">Kinds of partner</th></tr></thead>
<tbody>
<#list m.rows as r>
<tr><th scope="row">${r.plan}</th><#list r.cells as c><td class="<#if c.count == 0>none<#else>shade-${c.shade}</#if>">${c.count}</td></#list><td>${r.kinds}</td></tr>
</#list>
</tbody>
</table>
