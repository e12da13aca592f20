<ul>
<#list m.strengths as s><li>${s}</li></#list>
</ul>
<#if m.practice?has_content>
<h3 id="strengths-practice">Good practice in the plan</h3>
<p>${m.practiceIntro}</p>
<ul class="examples">
<#list m.practice as e><li><span class="example-by">${e.idea}</span> (${e.ref}): ‘${e.action}’ <span class="meta">${e.detail} ${e.rarity}</span></li></#list>
</ul>
</#if>
