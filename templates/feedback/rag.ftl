<#import "/words.ftl" as w>
<#import "/layout.ftl" as l>
<table class="compact keep">
<caption>The plan’s actions at each RAG rating, beside the share of all London’s actions</caption>
<thead><tr><th scope="col">Rating</th><th scope="col" class="number">Actions</th><th scope="col" class="number">Share</th><th scope="col" class="number">London share</th></tr></thead>
<tbody>
<#list m.rows as r><tr><th scope="row"><@l.rag r.rating/></th><td class="number">${r.actions}</td><td class="number">${r.share}</td><td class="number">${r.londonShare}</td></tr></#list>
</tbody>
</table>
<#assign t = m.timescales>
<#if t.pastEnd gt 0 && !t.ended?has_content>
<p>${w.Count(t.pastEnd, "action is", "actions are")} past <#if t.pastEnd == 1>its end date<#else>their end dates</#if> and not marked complete: give <#if t.pastEnd == 1>it a new end date, or mark it<#else>them new end dates, or mark them</#if> complete.</p>
</#if>
<#if m.red?has_content>
<p>${w.Count(m.red?size, "action is", "actions are")} rated red. A red rating is an honest report of slippage, and the review does not count it against the plan; these are the actions a board will want to ask about, and whom to ask:</p>
<table class="compact<#if m.red?size lte 10> keep</#if>">
<caption>Actions rated red, with their leads</caption>
<thead><tr><th scope="col">Ref</th><th scope="col">Theme</th><th scope="col">Action</th><th scope="col">Lead</th></tr></thead>
<tbody>
<#list m.red as r><tr><th scope="row" class="nowrap">${r.ref}</th><td>${r.theme}</td><td>${r.action}</td><td><#if r.lead?has_content>${r.lead}<#else>No lead named</#if></td></tr></#list>
</tbody>
</table>
<#else>
<p>No action is rated red.</p>
</#if>
