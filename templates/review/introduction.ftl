<#import "/words.ftl" as w>
<p class="lead">This review sets out the key findings of MOPAC, the Metropolitan Police Service (MPS) and London Councils from reviewing <#if m.plans == 1>the one action plan<#else>all ${w.n(m.plans)} action plans</#if> received for ${doc.quarter} (${doc.period}).</p>
<#if m.covered == m.london>
<p>The plans cover all 32 boroughs and the City of London.<#if m.joint?has_content> While most plans are written for a single authority, <#list m.joint as j>${j}<#sep>; </#list> submitted <#if m.joint?size == 1>a single joint plan<#else>joint plans</#if>, so ${w.count(m.plans, "plan covers", "plans cover")} ${w.n(m.covered)} authorities.</#if></p>
<#else>
<p>The plans cover ${w.n(m.covered)} of London’s ${w.n(m.london)} authorities (the 32 boroughs and the City of London).<#if m.joint?has_content> <#list m.joint as j>${j}<#sep>; </#list> submitted <#if m.joint?size == 1>a single joint plan<#else>joint plans</#if>, so ${w.count(m.plans, "plan covers", "plans cover")} ${w.count(m.covered, "authority", "authorities")}.</#if> No plan was reviewed this quarter for ${w.count(m.uncovered?size, "authority", "authorities")}<#if m.uncovered?size lte 8>: ${w.list(m.uncovered)}</#if>.</p>
</#if>
<#if m.rejected gt 0 || m.superseded gt 0>
<p><#if m.rejected gt 0>${w.Count(m.rejected, "submission", "submissions")} could not be read and <#if m.rejected == 1>was<#else>were</#if> not reviewed.</#if><#if m.superseded gt 0> ${w.Count(m.superseded, "submission was", "submissions were")} set aside because a later submission covers the same authority.</#if> The method appendix lists <#if m.rejected + m.superseded == 1>it<#else>them</#if>, with the reason.</p>
</#if>
<#if m.supersededTemplate?has_content || m.oldPlans?has_content || m.drafts?has_content>
<h3 id="introduction-current">Plans that are not current</h3>
<p>The review reports every plan as it was received, but some describe an earlier position than this quarter’s, and we ask for a current one:</p>
<ul>
<#if m.supersededTemplate?has_content><li>${w.list(m.supersededTemplate)} <#if m.supersededTemplate?size == 1>is<#else>are</#if> still on the ${m.supersededTemplates} template, which the current template has replaced. <#if m.supersededTemplate?size == 1>Its themes are<#else>Their themes are</#if> reported under the current themes they correspond to.</li></#if>
<#if m.oldPlans?has_content><li><#list m.oldPlans as p>${p.name} (${p.submitted})<#sep><#if p?index == m.oldPlans?size - 2> and <#else>, </#if></#list>: submitted ${w.age(m.oldPlans?map(p -> p.monthsOld)?min)} before the end of this quarter.</li></#if>
<#if m.drafts?has_content><li>${w.list(m.drafts)}: the file received is marked as a draft.</li></#if>
</ul>
<p>We ask these partnerships to send their current plan, on the current template and signed off, by ${m.due}. Each of their feedbacks says the same.<#if m.survey?? && m.survey.stale> The stock-take answers that accompany this review date from ${m.survey.when}: they too describe an earlier position.</#if></p>
<#elseif m.survey?? && m.survey.stale>
<p>The stock-take answers that accompany this review date from ${m.survey.when}: they describe borough activity then, not this quarter’s.</p>
</#if>
<p>The action plans are owned by, and are the responsibility of, the Community Safety Partnerships (CSPs). A key aim of the review is to identify areas for improvement in a positive way: each CSP board receives its own feedback alongside this review, saying what is strong in its plan and precisely what to improve. The review’s bands (top quarter, middle half, bottom quarter) say where a plan stands among this quarter’s plans; they are not a judgement of the partnership. Each partnership finds its own gaps in its feedback.</p>
