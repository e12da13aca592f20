<ul>
<#list m.strengths as s><li>${s}</li></#list>
</ul>
