<p>${prose.capitalise(m.yes.proportion)} that responded said they had specific engagement with community and voluntary sector agencies on this agenda.<#if m.yes.not?has_content> ${prose.list(m.yes.not)} did not say so.</#if></p>
<#if m.theme.count gt 0>
<p>${prose.capitalise(prose.count(m.theme.count, "authority", "authorities"))} described community involvement in setting priorities, in their plans or in their response to serious youth violence: ${prose.list(m.theme.authorities)}.</p>
</#if>
