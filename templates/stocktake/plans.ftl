<#import "/words.ftl" as w>
<#assign p = m.plans>
<p>${w.Part(m.said.yes, m.said.of, "authority", "authorities")} that responded said that they had a specific knife crime action plan.<#if m.developing?has_content> ${w.list(m.developing)} said that a plan was in development.</#if><#if m.incorporated?has_content> ${w.list(m.incorporated)} said that knife crime was incorporated in <#if m.incorporated?size == 1>its<#else>their</#if> community safety strategy.</#if><#if m.no?has_content> ${w.list(m.no)} said that <#if m.no?size == 1>it<#else>they</#if> had none.</#if><#if m.otherwise?has_content> ${w.list(m.otherwise)} answered otherwise.</#if></p>
<#if m.listedAPlan?has_content>
<p>${w.list(m.listedAPlan)} nonetheless listed a knife crime action plan among the documents <#if m.listedAPlan?size == 1>it<#else>they</#if> provided (Appendix B): the answer and the documents do not agree.</p>
</#if>
<#if p.known>
<#if p.saidPlanButNoneReviewed?has_content><p>Of those that said they had a plan, ${w.list(p.saidPlanButNoneReviewed)} had no plan reviewed this quarter.</p>
<#elseif p.saidNoPlanButReviewed?size == m.said.not?size><p>Whatever its answer, every authority that responded has a violence reduction action plan reviewed this quarter.</p>
<#elseif p.saidNoPlanButReviewed?has_content><p>${w.list(p.saidNoPlanButReviewed)} did not say that they had a specific plan, yet <#if p.saidNoPlanButReviewed?size == 1>has<#else>have</#if> a violence reduction action plan reviewed this quarter.</p>
</#if>
</#if>
