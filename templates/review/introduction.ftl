<p class="lead">This review sets out the key findings of MOPAC, the Metropolitan Police Service (MPS) and London Councils from reviewing ${m.plansPhrase} received for ${doc.quarter} (${doc.period}).</p>
<#if m.allCovered>
<p>The plans cover ${m.coveredPhrase}.</p>
<#else>
<p>The plans cover ${m.coveredPhrase}: ${prose.list(m.covered)}.</p>
</#if>
<#if m.joint?has_content>
<p>While most plans are written for a single authority, <#list m.joint as j>${j}<#sep>; </#list> submitted <#if m.joint?size == 1>a single joint plan<#else>joint plans</#if>. ${m.jointConsequence}</p>
</#if>
<#if m.uncovered?has_content>
<p>No plan was reviewed this quarter for ${prose.count(m.uncovered?size, "authority", "authorities")}: ${prose.list(m.uncovered)}.</p>
</#if>
<#if m.rejected?has_content>
<p>${prose.capitalise(prose.count(m.rejected?size, "submission", "submissions"))} could not be read and <#if m.rejected?size == 1>was<#else>were</#if> not reviewed:</p>
<ul>
<#list m.rejected as r><li>${r.file}: ${r.reason}</li></#list>
</ul>
</#if>
<#if m.superseded?has_content>
<p>${prose.capitalise(prose.count(m.superseded?size, "submission was", "submissions were"))} set aside because a later submission covers the same authority:</p>
<ul>
<#list m.superseded as r><li>${r.reason}</li></#list>
</ul>
</#if>
<p>The action plans are owned by, and are the responsibility of, the Community Safety Partnerships (CSPs). A key aim of the review is to identify areas for improvement in a positive way: each CSP board receives its own feedback alongside this review, saying what is strong in its plan and precisely what to improve.</p>
<p>Every figure in this review can be traced to the files published with it: <span class="key-figure">scores.csv</span> (one row per plan), <span class="key-figure">actions.csv</span> (every action of every plan) and <span class="key-figure">findings.csv</span> (everything that could not be read or resolved).</p>
