<#if m?has_content>
<p>Authorities also provided supporting information that shows what is behind their answers.</p>
<table>
<caption>Documents provided with the responses</caption>
<thead><tr><th scope="col">Authority</th><th scope="col">Documents</th></tr></thead>
<tbody>
<#list m as d><tr><th scope="row">${d.authority}</th><td>${d.titles?join("; ")}</td></tr></#list>
</tbody>
</table>
<#else>
<p>No supporting documents were listed with the responses.</p>
</#if>
