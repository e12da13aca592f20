<p class="lead">${m.opening}</p>
<ul>
<#list m.ideas as i><li>${i.name} (${prose.list(i.authorities)})</li></#list>
</ul>
<p>${m.found}</p>
<#list m.ideas as i>
<h3 id="${i.id}">${i.name}</h3>
<p><#if i.description?has_content>${i.description} </#if>${i.spread}</p>
<ul class="examples">
<#list i.examples as e><li><span class="example-by">${e.authority}</span> (${e.ref}<#if e.type == "developing">, a developing action</#if>): ‘${e.action}’ <span class="meta">${e.detail}</span></li></#list>
</ul>
<#if i.others?has_content><p class="note">${i.others}</p></#if>
</#list>
