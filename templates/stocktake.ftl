<#import "layout.ftl" as layout>
<#macro list names><#list names as n>${n}<#if n?has_next><#if n?index == names?size - 2> and <#else>, </#if></#if></#list></#macro>
<@layout.page title="Stock-take of borough activity – serious youth violence, including knife crime, ${quarter}" subject="London Councils stock-take of how London's authorities tackle serious youth violence, including knife crime: ${responders} responses">
<h1>Stock-take of borough activity – serious youth violence, including knife crime</h1>
<p class="meta">${quarter} (${period}). Prepared on ${date} by plan-review for London Councils.</p>

<h2>Overview</h2>
<p class="lead"><#if responders == total>London Councils received responses from all ${total} authorities: the 32 London boroughs and the City of London.<#else>London Councils received responses from ${responders} of the ${total} London authorities.</#if></p>
<#if nonResponders?has_content>
<p>No response was received from <@list nonResponders/>.</p>
</#if>
<#if answeredTwice?has_content>
<p><@list answeredTwice/> answered twice; the later response stands.</p>
</#if>
<p>${corporate.inWords} of the authorities that responded said that either they had a corporate approach to tackling serious youth violence, that their approach was incorporated in their wider community safety strategy, or that their corporate approach was in development.<#if corporate.notCount gt 0> The others (<@list corporate.not/>) did not.</#if></p>
<p>${knifePlan.inWords} said that they had a specific knife crime action plan.</p>
<p>This note summarises the key themes in the responses. The answers are quoted in Appendix A, and the supporting documents listed in Appendix B.</p>

<h2>Collaboration</h2>
<p>${collaboration.inWords} of the authorities that responded said that their work around serious youth violence was underpinned by collaboration, whether with the police, cross-agency, cross-borough or a combination of these.</p>
<table>
<caption>Kinds of collaboration ticked (an authority may tick more than one)</caption>
<thead><tr><th scope="col">Collaboration</th><th scope="col" class="number">Authorities</th></tr></thead>
<tbody>
<#list collaborationKinds as k><tr><th scope="row">${k.words?cap_first}</th><td class="number">${k.count}</td></tr></#list>
</tbody>
</table>

<#if collaborationTheme?? && collaborationTheme.count gt 0>
<p>In their answers, ${collaborationTheme.inWords?uncap_first} described ${collaborationTheme.description?uncap_first}.</p>
</#if>

<#list themes as t>
<#if t.count gt 0>
<h2>${t.name}</h2>
<p>${t.inWords} <#if t.count == 1>authority</#if><#if t.count != 1>authorities</#if> mentioned ${t.description?uncap_first}: <@list t.authorities/>.</p>
</#if>
</#list>

<h2>Engagement</h2>
<p>${engagement.inWords} of the authorities that responded said they had specific engagement with community and voluntary sector agencies on this agenda.<#if engagement.notCount gt 0> <@list engagement.not/> did not say so.</#if></p>
<#if engagementTheme?? && engagementTheme.count gt 0>
<p>${engagementTheme.inWords} described community involvement in their answers: <@list engagementTheme.authorities/>.</p>
</#if>

<h2>Knife crime action plans</h2>
<p>${knifePlan.inWords} of the authorities that responded said that they had a specific knife crime action plan.</p>
<#if plansKnown>
<#if saidPlanButNoneReviewed?has_content>
<p>Of these, <@list saidPlanButNoneReviewed/> said they had a plan, but no plan from them was reviewed this quarter.</p>
<#else>
<p>Every authority that said it had a plan submitted one that was reviewed this quarter.</p>
</#if>
<#if saidNoPlanButReviewed?has_content>
<p><@list saidNoPlanButReviewed/> did not say they had a specific plan, yet a plan from them was reviewed this quarter.</p>
</#if>
</#if>

<h2>Appendix A – Responses</h2>
<#list questions as q>
<h3>${q.title}</h3>
<#list q.answers as a>
<p><#list a.paragraphs as para>${para}<#sep> </#sep></#list> (${a.authority})</p>
</#list>
</#list>

<h2>Appendix B – Supporting documents</h2>
<#if documents?has_content>
<table>
<caption>Documents authorities provided with their responses</caption>
<thead><tr><th scope="col">Authority</th><th scope="col">Documents</th></tr></thead>
<tbody>
<#list documents as d><tr><th scope="row">${d.authority}</th><td><#list d.titles as title>${title}<#sep>; </#sep></#list></td></tr></#list>
</tbody>
</table>
<#else>
<p>No supporting documents were listed.</p>
</#if>
</@layout.page>
