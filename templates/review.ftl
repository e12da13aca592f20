<#import "layout.ftl" as layout>
<@layout.page title="London-wide review of CSP violence reduction action plans, ${quarter}" subject="Review and summary of key findings from the ${plans} action plans received for ${quarter}">
<h1>London-wide review of CSP violence reduction action plans, ${quarter}</h1>
<p class="meta">Prepared on ${date} by plan-review for MOPAC, the Metropolitan Police Service and London Councils.</p>

<h2>Introduction</h2>
<p class="lead">This review covers the ${plans} action plans received for ${quarter}, covering ${authoritiesCovered} of London's 33 authorities.</p>
<#if joint?has_content>
<p>Joint plans: <#list joint as j>${j.authorities} submitted a single plan<#sep>; </#list>.</p>
</#if>
<#if missing?has_content>
<p>No plan was reviewed for: <#list missing as m>${m}<#sep>, </#list>.</p>
</#if>
<#if rejected?has_content>
<p>Submissions that could not be read: <#list rejected as r>${r}<#sep>, </#list>. The reasons are in findings.csv.</p>
</#if>
<#if superseded?has_content>
<p>Submissions set aside for a later submission: <#list superseded as r>${r}<#sep>, </#list>.</p>
</#if>

<h2>Scorecard</h2>
<table>
<caption>Scores of every plan, highest overall score first (scores out of 100; police share 0 to 1)</caption>
<thead>
<tr><th scope="col">Rank</th><th scope="col">Plan</th><th scope="col">Template</th><th scope="col" class="number">Actions</th><th scope="col" class="number">Completeness</th><th scope="col" class="number">Mandatory coverage</th><th scope="col" class="number">Partnership breadth</th><th scope="col" class="number">Police share</th><th scope="col">Signed off</th><th scope="col" class="number">Overall</th></tr>
</thead>
<tbody>
<#list rows as r>
<tr><td class="number">${r.rank}</td><th scope="row">${r.authorities}</th><td>${r.version}</td><td class="number">${r.actions}</td><td class="number">${r.completeness}</td><td class="number">${r.mandatory}</td><td class="number">${r.breadth}</td><td class="number">${r.policeShare}</td><td>${r.signedOff}</td><td class="number">${r.overall}</td></tr>
</#list>
</tbody>
</table>
</@layout.page>
