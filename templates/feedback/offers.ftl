<p class="lead">${m.opening}</p>
<#list m.gaps as g>
<div class="gap">
<h3 id="${g.id}">${g.name}</h3>
<ul>
<#list g.reasons as r><li>${r}</li></#list>
</ul>
<#if g.offers?has_content>
<table class="compact">
<caption>Who could help with ${g.name}</caption>
<thead><tr><th scope="col">Authority</th><th scope="col">Their action</th><th scope="col">Idea</th><th scope="col">Contact</th></tr></thead>
<tbody>
<#list g.offers as o><tr><th scope="row">${o.authority}</th><td>${o.action}<#if o.ref?has_content> (${o.ref})</#if></td><td>${o.idea}</td><td>${o.contact}</td></tr></#list>
</tbody>
</table>
<#else>
<p>No other plan yet has strong practice to share here.</p>
</#if>
</div>
</#list>
