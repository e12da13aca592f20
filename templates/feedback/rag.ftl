<#import "/layout.ftl" as l>
<table class="compact">
<caption>The plan’s actions at each RAG rating, beside the share of all London actions (actions.csv: rag)</caption>
<thead><tr><th scope="col">Rating</th><th scope="col" class="number">Actions</th><th scope="col" class="number">Share</th><th scope="col" class="number">London share</th></tr></thead>
<tbody>
<#list m.rows as r><tr><th scope="row"><@l.rag r.rating/></th><td class="number">${r.actions}</td><td class="number">${r.share}</td><td class="number">${r.londonShare}</td></tr></#list>
</tbody>
</table>
<#if m.red?has_content>
<p>${prose.capitalise(prose.count(m.red?size, "action is", "actions are"))} rated red. These are the ones to ask about first, and whom to call:</p>
<table class="compact">
<caption>Actions rated red, with their leads</caption>
<thead><tr><th scope="col">Ref</th><th scope="col">Theme</th><th scope="col">Action</th><th scope="col">Lead</th></tr></thead>
<tbody>
<#list m.red as r><tr><th scope="row">${r.ref}</th><td>${r.theme}</td><td>${r.action}</td><td>${r.lead}</td></tr></#list>
</tbody>
</table>
<#else>
<p>No action is rated red.</p>
</#if>
