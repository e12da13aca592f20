<p class="lead">${m.opening}</p>
<#list m.points as p>
<h3 id="development-${p?index + 1}">${p.title}</h3>
<p>${p.text}</p>
<#if p.details?has_content>
<ul>
<#list p.details as d><li>${d}</li></#list>
</ul>
</#if>
</#list>
