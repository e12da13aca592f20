<p>How many of each plan’s actions each kind of partner leads, plans in alphabetical order. An action led jointly counts for each of its partners; shading deepens with the count. The last column is the number of kinds of partner leading at least one action.</p>
<table class="matrix">
<caption>Actions led by each kind of partner, plan by plan</caption>
<thead><tr><th scope="col">Plan</th><#list m.categories as c><th scope="col">${c}</th></#list><th scope="col">Kinds of partner</th></tr></thead>
<tbody>
<#list m.rows as r>
<tr><th scope="row">${r.plan}</th><#list r.cells as c><td class="<#if c.count == 0>none<#else>shade-${c.shade}</#if>">${c.count}</td></#list><td>${r.kinds}</td></tr>
</#list>
</tbody>
</table>
