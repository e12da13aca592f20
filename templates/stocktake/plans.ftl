<#import "/words.ftl" as w>
<#assign said = m.said>
<#assign p = m.plans>
<p><#if said.not?has_content>${w.list(said.not)} did not say that they had a specific knife crime action plan.<#else>Every authority that responded said that it had a specific knife crime action plan.</#if></p>
<#if p.known>
<p><#if p.saidPlanButNoneReviewed?has_content>Of those that said they had a plan, ${w.list(p.saidPlanButNoneReviewed)} had no plan reviewed this quarter.<#else>Every authority that said it had a plan had one reviewed this quarter.</#if><#if p.saidNoPlanButReviewed?has_content> <#if p.saidNoPlanButReviewed?size == said.not?size><#if said.not?size == 1>The one that did not say so nonetheless has<#else>All ${w.n(said.not?size)} that did not say so nonetheless have</#if><#else>${w.list(p.saidNoPlanButReviewed)} did not say so, yet <#if p.saidNoPlanButReviewed?size == 1>has<#else>have</#if></#if> a plan reviewed this quarter.</#if></p>
<#if p.silentPoliceHeavy?has_content>
<p><#if p.silentPoliceHeavy?size == p.policeHeavy?size && p.silentPoliceHeavy?size == m.nonResponders?size>The <#if m.nonResponders?size == 1>authority<#else>${w.n(m.nonResponders?size)} authorities</#if> that did not respond, ${w.list(p.silentPoliceHeavy)}, <#if m.nonResponders?size == 1>is also the one whose plan rests<#else>are also the ${w.n(m.nonResponders?size)} whose plans rest</#if> almost entirely on the police this quarter<#else>Of those that did not respond, ${w.list(p.silentPoliceHeavy)} <#if p.silentPoliceHeavy?size == 1>has a plan that rests<#else>have plans that rest</#if> almost entirely on the police this quarter</#if> (more than ${w.fraction(settings.policeHeavyShare)} of the actions led by the police alone): the wider partnership may not yet own this agenda there.</p>
</#if>
</#if>
