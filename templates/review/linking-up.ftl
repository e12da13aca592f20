<p class="lead">${m.opening}</p>
<p>${m.figures}</p>
<ul class="areas">
<#list m.areas as a><li><span class="area-name">${a.name}.</span> ${a.text}</li></#list>
</ul>
