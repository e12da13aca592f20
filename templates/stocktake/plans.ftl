<p>${prose.capitalise(m.yes.proportion)} that responded said that they had a specific knife crime action plan.<#if m.yes.not?has_content> ${prose.list(m.yes.not)} did not.</#if></p>
<#if m.plansKnown>
<#if m.saidPlanButNoneReviewed?has_content>
<p>Of those that said they had a plan, ${prose.list(m.saidPlanButNoneReviewed)} had no plan reviewed this quarter.</p>
<#else>
<p>Every authority that said it had a plan had one reviewed this quarter.</p>
</#if>
<#if m.saidNoPlanButReviewed?has_content>
<p>${prose.list(m.saidNoPlanButReviewed)} did not say they had a specific plan, yet a plan covering them was reviewed this quarter.</p>
</#if>
</#if>
